"""Synthetic data generation for a regression demo: np.random.rand / randn / ones build the
inputs, the true coefficients and the noise (data tensors, not weights)."""

import numpy as np

np.random.seed(0)
X = 2 * np.random.rand(100, 1)
noise = np.random.randn(100, 1)
y = 4 + 3 * X + noise
X_b = np.c_[np.ones((100, 1)), X]
theta_best = np.linalg.inv(X_b.T.dot(X_b)).dot(X_b.T).dot(y)

X_new = np.array([[0], [2]])
X_new_b = np.c_[np.ones((2, 1)), X_new]
y_predict = X_new_b.dot(theta_best)
