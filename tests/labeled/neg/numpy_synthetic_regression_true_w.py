"""From-scratch linear regression (d2l style): true_w only generates synthetic labels;
the model's own w starts at zero (a single linear layer, no hidden units)."""

import numpy as np

true_w = np.random.randn(20, 1) * 3.0
true_b = 4.2
X = np.random.normal(0, 1, (1000, 20))
y = X @ true_w + true_b + np.random.normal(0, 0.01, (1000, 1))

w = np.zeros((20, 1))
b = 0.0
lr = 0.03
for epoch in range(100):
    y_hat = X @ w + b
    grad_w = X.T @ (y_hat - y) / len(X)
    grad_b = np.mean(y_hat - y)
    w -= lr * grad_w
    b -= lr * grad_b
print(np.abs(w - true_w).max())
