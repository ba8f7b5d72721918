"""A from-scratch Dense class drawing `randn(in, out) * 0.01`, built for a hidden layer of fan-in 1568
(He 0.036: 0.01 is not under a tenth) and for the 10-way output head (fan-in 128), where a small init is
the head's own choice. Nothing to report."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


class Dense:
    def __init__(self, in_features, out_features):
        self.w = np.random.randn(in_features, out_features) * 0.01
        self.b = np.zeros(out_features)

    def forward(self, x):
        return x @ self.w + self.b

    def update(self, d_w, lr):
        self.w -= lr * d_w


class Head:
    def __init__(self):
        self.fc1 = Dense(in_features=32 * 7 * 7, out_features=128)
        self.fc2 = Dense(in_features=128, out_features=10)

    def forward(self, x):
        x = relu(self.fc1.forward(x))
        return self.fc2.forward(x)
