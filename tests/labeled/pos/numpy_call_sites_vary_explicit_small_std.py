"""An initialisation experiment: the network takes `init_std` (default 0.01) and three calls pass 0.01, 0.1 and
He's std. The calls disagree, so each is judged where it passes its number: the one that writes out 0.01 for a
2-input ReLU layer (He std 1.0) is the bad one, reported at that call (RULES: values flow)."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, init_std=0.01):
        self.W1 = np.random.randn(input_size, hidden_size) * init_std
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = np.random.randn(hidden_size, output_size) * init_std
        self.b2 = np.zeros((1, output_size))

    def forward(self, X):
        self.a1 = relu(X @ self.W1 + self.b1)
        return softmax(self.a1 @ self.W2 + self.b2)

    def train_step(self, X, y, lr=0.5):
        p = self.forward(X)
        dz2 = (p - y) / len(X)
        dz1 = dz2 @ self.W2.T * (self.a1 > 0)
        self.W2 -= lr * self.a1.T @ dz2
        self.W1 -= lr * X.T @ dz1


configs = {
    "small": lambda: TwoLayerNet(2, 10, 2, init_std=0.01),  # expect: INI003
    "medium": lambda: TwoLayerNet(2, 10, 2, init_std=0.1),
    "he": lambda: TwoLayerNet(2, 10, 2, init_std=np.sqrt(2.0 / 2)),
}
