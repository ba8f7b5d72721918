"""A course notebook's `init_weights(shape, kind)` helper returns one of several draws by a string; the
network asks for "zeros" for its hidden weights, so every hidden unit computes the same thing and
receives the same gradient: symmetry is never broken."""
import numpy as np


def init_weights(shape, kind="random"):
    if kind == "zeros":
        return np.zeros(shape)  # expect: INI001
    if kind == "random":
        return np.random.randn(*shape) * np.sqrt(2.0 / shape[0])
    raise ValueError(kind)


W1 = init_weights((784, 64), "zeros")
b1 = np.zeros(64)
W2 = init_weights((64, 10))
b2 = np.zeros(10)


def forward(X):
    h = np.maximum(0, X @ W1 + b1)
    return h @ W2 + b2


def sgd_step(grads, lr=0.1):
    global W1, W2
    W1 -= lr * grads["W1"]
    W2 -= lr * grads["W2"]
