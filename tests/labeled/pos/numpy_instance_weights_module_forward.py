"""A neuro-evolution agent: a plain class holds W1 = randn / sqrt(fan_in) (the LeCun scale), and a
module-level feed_forward(X, nets) applies ReLU to np.dot(X, nets.W1): the instance's weight feeds ReLU."""

import numpy as np

window_size = 30


class neuralnetwork:
    def __init__(self, id_, hidden_size=128):
        self.W1 = np.random.randn(window_size, hidden_size) / np.sqrt(window_size)  # expect: INI101
        self.W2 = np.random.randn(hidden_size, 3) / np.sqrt(hidden_size)
        self.id = id_


def relu(X):
    return np.maximum(X, 0)


def softmax(X):
    e_x = np.exp(X - np.max(X, axis=-1, keepdims=True))
    return e_x / np.sum(e_x, axis=-1, keepdims=True)


def feed_forward(X, nets):
    a1 = np.dot(X, nets.W1)
    z1 = relu(a1)
    a2 = np.dot(z1, nets.W2)
    return softmax(a2)
