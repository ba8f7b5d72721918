"""A from-scratch autograd framework (grokking-style book chapter): weights are the framework's own
Tensor with autograd=True, drawn from np.random.rand -- all positive in [0, 1), so every hidden unit
starts pushed the same way."""

import numpy as np


class Tensor(object):
    def __init__(self, data, autograd=False):
        self.data = np.array(data)
        self.autograd = autograd
        self.grad = None

    def mm(self, other):
        return Tensor(self.data.dot(other.data), autograd=self.autograd or other.autograd)


data = Tensor(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), autograd=True)
target = Tensor(np.array([[0], [1], [0], [1]]), autograd=True)

w = list()
w.append(Tensor(np.random.rand(2, 3), autograd=True))  # expect: INI005
w.append(Tensor(np.random.rand(3, 1), autograd=True))  # expect: INI005

for i in range(10):
    pred = data.mm(w[0]).mm(w[1])
    for w_ in w:
        w_.data -= w_.grad.data * 0.1
