"""The same script network, trained: a step subtracts the gradient from every weight, so the positive-only
np.random.rand draws are trained weights (INI005 on any weight)."""

import numpy as np


def create_network():
    network = {}
    network['W1'] = np.random.rand(784, 100)  # expect: INI005
    network['b1'] = np.zeros(100)
    network['W2'] = np.random.rand(100, 10)  # expect: INI005
    network['b2'] = np.zeros(10)
    return network


def predict(network, x):
    a1 = np.dot(x, network['W1']) + network['b1']
    z1 = 1 / (1 + np.exp(-a1))
    return np.dot(z1, network['W2']) + network['b2']


if __name__ == '__main__':
    images, labels = np.random.rand(100, 784), np.random.rand(100, 10)
    network = create_network()
    for step in range(100):
        grads = numerical_gradient(network, images, labels)
        for key in ('W1', 'b1', 'W2', 'b2'):
            network[key] -= 0.1 * grads[key]
