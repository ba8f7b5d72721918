"""The same list-of-weights TF2 network with the weights used as drawn: unit normal weights for layers of 256
inputs saturate the tanh units."""

import numpy as np
import tensorflow as tf


class NeuralNet:
    def __init__(self, layers=(256, 256, 256, 1)):
        self.weights, self.biases = [], []
        for l in range(len(layers) - 1):
            W = np.random.normal(size=[layers[l], layers[l + 1]])  # expect: INI004
            self.weights.append(tf.Variable(W, dtype=tf.float32, trainable=True))
            self.biases.append(tf.Variable(np.zeros([1, layers[l + 1]]), dtype=tf.float32, trainable=True))
        self.num_layers = len(layers)

    def __call__(self, x):
        H = x
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            H = tf.matmul(H, W) + b
            if i < self.num_layers - 2:
                H = tf.tanh(H)
        return H
