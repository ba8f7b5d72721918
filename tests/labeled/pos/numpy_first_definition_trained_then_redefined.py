"""A from-scratch script that trains a first network with all-zero hidden weights, then defines
the weights anew for a second run: the first definition is trained (the loop updates it before
the redefinition), so it is still judged."""
import numpy as np

X = np.random.randn(200, 4)
y = (X[:, 0] > 0).astype(float).reshape(-1, 1)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


W1 = np.zeros((4, 16))  # expect: INI001
W2 = np.random.randn(16, 1) * 0.1
for epoch in range(100):
    h = np.tanh(X @ W1)
    out = sigmoid(h @ W2)
    d_out = out - y
    dW2 = h.T @ d_out
    dW1 = X.T @ ((d_out @ W2.T) * (1 - h ** 2))
    W1 -= 0.1 * dW1
    W2 -= 0.1 * dW2

W1 = np.random.randn(4, 16) * np.sqrt(1 / 4)
W2 = np.random.randn(16, 1) * 0.1
for epoch in range(100):
    h = np.tanh(X @ W1)
    out = sigmoid(h @ W2)
    d_out = out - y
    W2 -= 0.1 * (h.T @ d_out)
    W1 -= 0.1 * (X.T @ ((d_out @ W2.T) * (1 - h ** 2)))
