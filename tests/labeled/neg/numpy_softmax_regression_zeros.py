"""Single-layer softmax regression in NumPy (CS231n-style linear classifier) starting from
W = 0: no hidden layer, no symmetry to break."""

import numpy as np


class SoftmaxRegression:
    def __init__(self, n_features, n_classes):
        self.W = np.zeros((n_features, n_classes))
        self.b = np.zeros(n_classes)

    def predict_proba(self, X):
        scores = X @ self.W + self.b
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def step(self, X, y_onehot, lr=0.1):
        grad = X.T @ (self.predict_proba(X) - y_onehot) / X.shape[0]
        self.W -= lr * grad
        self.b -= lr * (self.predict_proba(X) - y_onehot).mean(axis=0)
