"""A two-layer sigmoid classifier whose init helper draws both weight matrices (randn * 0.01) and
returns them together; the script calls it once per experiment (plain, with L2, with early stopping).
Each call builds the same shallow network: no deep stack, and the fan-in is the image's pixel count."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def initialize_parameters(input_size, hidden_size, output_size):
    W1 = np.random.randn(input_size, hidden_size) * 0.01
    b1 = np.zeros((1, hidden_size))
    W2 = np.random.randn(hidden_size, output_size) * 0.01
    b2 = np.zeros((1, output_size))
    return W1, b1, W2, b2


def forward(X, W1, b1, W2, b2):
    A1 = sigmoid(np.dot(X, W1) + b1)
    return sigmoid(np.dot(A1, W2) + b2), A1


def train(X, Y, lam=0.0, epochs=100, lr=0.1):
    W1, b1, W2, b2 = initialize_parameters(X.shape[1], 100, 1)
    for _ in range(epochs):
        A2, A1 = forward(X, W1, b1, W2, b2)
        dZ2 = A2 - Y
        dW2 = A1.T @ dZ2 / len(X) + lam * W2
        dZ1 = dZ2 @ W2.T * A1 * (1 - A1)
        dW1 = X.T @ dZ1 / len(X) + lam * W1
        W1 -= lr * dW1
        W2 -= lr * dW2
    return W1, b1, W2, b2


def run_all(X, Y):
    plain = initialize_parameters(X.shape[1], 100, 1)
    reg = initialize_parameters(X.shape[1], 100, 1)
    early = initialize_parameters(X.shape[1], 100, 1)
    return plain, reg, early, train(X, Y), train(X, Y, lam=0.1)
