"""A teaching implementation of a linear layer whose forward pass is written as explicit loops
(`total += x[i] * self.W[i, j]`): the weight is drawn `randn * 0.01`, and a two-layer sigmoid network with
fan-in 2 is built from it, so 0.01 is far under a tenth of the LeCun scale 1/sqrt(2)."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class LinearNaive:
    def __init__(self, in_features, out_features):
        self.W = np.random.randn(in_features, out_features) * 0.01  # expect: INI003
        self.b = np.zeros(out_features)

    def forward(self, x):
        self.input = x
        output = np.zeros(self.W.shape[1])
        for j in range(self.W.shape[1]):
            total = 0.0
            for i in range(self.W.shape[0]):
                total += x[i] * self.W[i, j]
            output[j] = total + self.b[j]
        return output

    def backward(self, grad_output, lr=0.1):
        self.W -= lr * np.outer(self.input, grad_output)
        self.b -= lr * grad_output


class SimpleNetwork:
    def __init__(self, n_in, n_hidden, n_out):
        self.linear1 = LinearNaive(n_in, n_hidden)
        self.linear2 = LinearNaive(n_hidden, n_out)

    def forward(self, x):
        return sigmoid(self.linear2.forward(sigmoid(self.linear1.forward(x))))


net = SimpleNetwork(2, 4, 1)
