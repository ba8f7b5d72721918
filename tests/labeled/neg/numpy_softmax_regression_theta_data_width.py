"""Hands-on ML book, chapter 4: batch gradient descent for softmax regression on the iris features. Theta is the
one layer of the model, its fan-in the data's feature width; no layer follows it (the softmax is the output)."""

import numpy as np


def softmax(logits):
    exps = np.exp(logits)
    return exps / exps.sum(axis=1, keepdims=True)


n_inputs = X_train.shape[1]
n_outputs = len(np.unique(y_train))
eta = 0.5
m = len(X_train)

np.random.seed(42)
Theta = np.random.randn(n_inputs, n_outputs)
for epoch in range(5001):
    logits = X_train @ Theta
    Y_proba = softmax(logits)
    error = Y_proba - Y_train_one_hot
    gradients = 1 / m * X_train.T @ error
    Theta = Theta - eta * gradients
