"""A from-scratch network written against `from numpy import *` and `from numpy.random import *`:
`random.randn(...)` and `randn(...)` are NumPy's unit normal draws: std 1 on a hidden weight of fan-in 784,
and a ten-thousandth of it on the next hidden layer."""

from numpy import *
from numpy.random import *


class Network:
    def __init__(self):
        self.W1 = random.randn(784, 128)  # expect: INI004
        self.b1 = zeros(128)
        self.W2 = randn(128, 64) * 0.0001  # expect: INI003
        self.b2 = zeros(64)
        self.W3 = randn(64, 10) / sqrt(64)
        self.b3 = zeros(10)

    def forward(self, x):
        h1 = tanh(dot(x, self.W1) + self.b1)
        h2 = tanh(dot(h1, self.W2) + self.b2)
        return dot(h2, self.W3) + self.b3

    def step(self, grads, lr=0.1):
        self.W1 -= lr * grads["W1"]
        self.W2 -= lr * grads["W2"]
        self.W3 -= lr * grads["W3"]
