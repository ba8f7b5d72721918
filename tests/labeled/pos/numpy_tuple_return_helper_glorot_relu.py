"""From-scratch NumPy MLP: `init_layer` returns (W, b) with the Glorot uniform bound written out,
and the hidden layer feeds ReLU; He (sqrt(2 / n_in)) is the ReLU scale."""
import numpy as np


def init_layer(n_in, n_out):
    r = np.sqrt(6.0 / (n_in + n_out))
    return np.random.uniform(-r, r, size=(n_in, n_out)), np.zeros(n_out)  # expect: INI101


W1, b1 = init_layer(784, 256)
W2, b2 = init_layer(256, 10)


def forward(x):
    h = np.maximum(0, x @ W1 + b1)
    return h @ W2 + b2


def sgd_step(grads, lr=0.1):
    global W1, b1, W2, b2
    W1 -= lr * grads["W1"]
    b1 -= lr * grads["b1"]
    W2 -= lr * grads["W2"]
    b2 -= lr * grads["b2"]
