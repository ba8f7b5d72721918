"""deeplearning.ai Course 2 Week 1 regularization assignment: dropout masks drawn with
np.random.rand (noise, not weights), He-initialised weights."""

import numpy as np


def init(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * np.sqrt(2.0 / n_x)
    W2 = np.random.randn(n_y, n_h) * np.sqrt(2.0 / n_h)
    return W1, np.zeros((n_h, 1)), W2, np.zeros((n_y, 1))


def forward_propagation_with_dropout(X, W1, b1, W2, b2, keep_prob=0.5):
    Z1 = np.dot(W1, X) + b1
    A1 = np.maximum(0, Z1)
    D1 = np.random.rand(A1.shape[0], A1.shape[1])
    D1 = (D1 < keep_prob).astype(int)
    A1 = A1 * D1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    return 1 / (1 + np.exp(-Z2))
