"""A from-scratch autograd framework's own unit tests: Tensor(..., autograd=True) built from fixed
inputs and a ones-filled gradient seed. Data and gradients, not initialised weights."""

import numpy as np


class Tensor(object):
    def __init__(self, data, autograd=False):
        self.data = np.array(data)
        self.autograd = autograd

    def backward(self, grad=None):
        self.grad = grad


x = Tensor(np.array([1, 2, 3, 4, 5]), autograd=True)
y = Tensor(np.array([2, 2, 2, 2, 2]), autograd=True)
z = Tensor(x.data + y.data, autograd=True)
z.backward(Tensor(np.ones_like(z.data)))
print(x.grad.data)
