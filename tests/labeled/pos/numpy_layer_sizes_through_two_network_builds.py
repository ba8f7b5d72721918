"""A from-scratch layer class draws std 0.01; the network class builds it from its own constructor's
sizes, and the script builds the network twice with different hidden widths (TwoLayerNet(2, 3, 1),
TwoLayerNet(2, 4, 1)). Either way the hidden layer has fan-in 2, where He's std is 1: 0.01 is a
hundredth of it and the signal vanishes before the ReLU."""

import numpy as np


class Linear:
    def __init__(self, input_size, output_size):
        self.W = np.random.randn(output_size, input_size) * 0.01  # expect: INI003
        self.b = np.zeros((output_size, 1))

    def forward(self, x):
        self.x = x
        return self.W @ x + self.b

    def step(self, dW, db, lr):
        self.W -= lr * dW
        self.b -= lr * db


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size):
        self.fc1 = Linear(input_size, hidden_size)
        self.fc2 = Linear(hidden_size, output_size)

    def forward(self, x):
        return self.fc2.forward(np.maximum(self.fc1.forward(x), 0))


def check_gradients():
    return TwoLayerNet(2, 3, 1)


def train():
    return TwoLayerNet(input_size=2, hidden_size=4, output_size=1)
