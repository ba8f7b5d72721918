"""From-scratch two-layer network: the first layer's fan-in is the data's feature width (784 pixels here) and its
weights are drawn with std 1 before ReLU: activations explode."""

import numpy as np

n_inputs = X_train.shape[1]
n_hidden = 100
W1 = np.random.randn(n_inputs, n_hidden)  # expect: INI004
b1 = np.zeros(n_hidden)
W2 = np.random.randn(n_hidden, 10) * np.sqrt(1 / n_hidden)
b2 = np.zeros(10)
for epoch in range(100):
    h = np.maximum(0, X_train @ W1 + b1)
    logits = h @ W2 + b2
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    d_logits = (probs - Y_train) / len(X_train)
    dW2 = h.T @ d_logits
    dh = d_logits @ W2.T * (h > 0)
    dW1 = X_train.T @ dh
    W2 -= 0.1 * dW2
    W1 -= 0.1 * dW1
