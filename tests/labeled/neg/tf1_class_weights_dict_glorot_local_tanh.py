"""The same model class with tanh as its activation: Glorot (bound to a local first) is right for tanh."""

import numpy as np
import tensorflow as tf


class DeepModel:
    def __init__(self, input_size, deep_layers=(32, 32), deep_layers_activation=tf.nn.tanh):
        self.deep_layers = deep_layers
        self.input_size = input_size
        self.deep_layers_activation = deep_layers_activation
        self.weights = self._initialize_weights()
        self.x = tf.compat.v1.placeholder(tf.float32, [None, input_size])
        y = self.x
        for i in range(0, len(self.deep_layers)):
            y = tf.matmul(y, self.weights["layer_%d" % i])
            y = self.deep_layers_activation(y)
        self.out = tf.matmul(y, self.weights["concat_projection"])

    def _initialize_weights(self):
        weights = dict()
        glorot = np.sqrt(2.0 / (self.input_size + self.deep_layers[0]))
        weights["layer_0"] = tf.Variable(
            np.random.normal(loc=0, scale=glorot, size=(self.input_size, self.deep_layers[0])), dtype=np.float32)
        for i in range(1, len(self.deep_layers)):
            glorot = np.sqrt(2.0 / (self.deep_layers[i - 1] + self.deep_layers[i]))
            weights["layer_%d" % i] = tf.Variable(
                np.random.normal(loc=0, scale=glorot, size=(self.deep_layers[i - 1], self.deep_layers[i])),
                dtype=np.float32)
        glorot = np.sqrt(2.0 / (self.deep_layers[-1] + 1))
        weights["concat_projection"] = tf.Variable(
            np.random.normal(loc=0, scale=glorot, size=(self.deep_layers[-1], 1)), dtype=np.float32)
        return weights
