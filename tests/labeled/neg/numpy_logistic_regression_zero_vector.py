"""deeplearning.ai course 1 week 2: logistic regression starts from w = zeros((dim, 1)).
One output unit and no hidden layer: there is no symmetry to break (RULES: fine)."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def initialize_with_zeros(dim):
    w = np.zeros(shape=(dim, 1))
    b = 0
    return w, b


def optimize(w, b, X, Y, num_iterations, learning_rate):
    for i in range(num_iterations):
        A = sigmoid(np.dot(w.T, X) + b)
        dw = np.dot(X, (A - Y).T) / X.shape[1]
        db = np.sum(A - Y) / X.shape[1]
        w = w - learning_rate * dw
        b = b - learning_rate * db
    return w, b


w, b = initialize_with_zeros(12288)
