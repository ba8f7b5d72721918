"""CS231n-style two-layer net trained by hand: unit-normal weights for 784 inputs
(std 1 with fan-in 784: the ReLU activations blow up by ~sqrt(784) per layer)."""

import numpy as np

X = np.random.randn(64, 784)
y = np.random.randint(0, 10, 64)
W1 = np.random.randn(784, 100)  # expect: INI004
W2 = np.random.randn(100, 10) * 0.1
for it in range(100):
    h = np.maximum(0, X @ W1)
    scores = h @ W2
    p = np.exp(scores - scores.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    p[np.arange(64), y] -= 1
    dW2 = h.T @ p / 64
    dh = p @ W2.T * (h > 0)
    dW1 = X.T @ dh / 64
    W1 -= 1e-3 * dW1
    W2 -= 1e-3 * dW2
