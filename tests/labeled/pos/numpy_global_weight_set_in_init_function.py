"""A script keeps its weights as globals that an init function sets (`global W1, W2`) and the training loop
reads: W1 has fan-in 784 and std 1, so the sigmoid units it feeds saturate."""

import numpy as np

W1 = None
W2 = None


def init_weights():
    global W1, W2
    W1 = np.random.randn(784, 64)  # expect: INI004
    W2 = np.random.randn(64, 10) * np.sqrt(1 / 64)


def train(X, lr=0.1):
    global W1, W2
    h = 1 / (1 + np.exp(-(X @ W1)))
    out = h @ W2
    W2 -= lr * h.T @ out
    W1 -= lr * X.T @ (out @ W2.T)


init_weights()
train(np.ones((4, 784)))
