"""Deep Learning from Scratch, chapter 3, with the pretrained pickle replaced by random draws: the script
builds a params dict of np.random.rand weights, runs predict() over the test set and prints the accuracy.
Nothing ever updates the weights (no gradient, no step, no optimizer): an inference demo, not a trained
network (RULES: a params dict counts when an update step or optimizer changes it)."""

import numpy as np


def create_network():
    network = {}
    network['W1'] = np.random.rand(784, 100)
    network['b1'] = np.random.rand(100)
    network['W2'] = np.random.rand(100, 10)
    network['b2'] = np.random.rand(10)
    return network


def predict(network, x):
    a1 = np.dot(x, network['W1']) + network['b1']
    z1 = 1 / (1 + np.exp(-a1))
    return np.dot(z1, network['W2']) + network['b2']


if __name__ == '__main__':
    images = np.random.rand(100, 784)
    network = create_network()
    print(np.argmax(predict(network, images), axis=1))
