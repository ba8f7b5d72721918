"""A TF1 model class (DeepFM's deep part): `_initialize_weights` returns its local dict, stored as
self.weights; each deep layer draws N(0, glorot) with `glorot = np.sqrt(2.0 / (n_in + n_out))` bound first, and
the forward loop applies the activation held by a constructor parameter (default tf.nn.relu): Glorot before
ReLU, for the first layer drawn alone and for the ones drawn in the loop."""

import numpy as np
import tensorflow as tf


class DeepModel:
    def __init__(self, input_size, deep_layers=(32, 32), deep_layers_activation=tf.nn.relu):
        self.deep_layers = deep_layers
        self.input_size = input_size
        self.deep_layers_activation = deep_layers_activation
        self.weights = self._initialize_weights()
        self.x = tf.compat.v1.placeholder(tf.float32, [None, input_size])
        y = self.x
        for i in range(0, len(self.deep_layers)):
            y = tf.add(tf.matmul(y, self.weights["layer_%d" % i]), self.weights["bias_%d" % i])
            y = self.deep_layers_activation(y)
        self.out = tf.matmul(y, self.weights["concat_projection"])

    def _initialize_weights(self):
        weights = dict()
        input_size = self.input_size
        glorot = np.sqrt(2.0 / (input_size + self.deep_layers[0]))
        weights["layer_0"] = tf.Variable(
            np.random.normal(loc=0, scale=glorot, size=(input_size, self.deep_layers[0])),  # expect: INI101
            dtype=np.float32)
        weights["bias_0"] = tf.Variable(np.zeros((1, self.deep_layers[0])), dtype=np.float32)
        for i in range(1, len(self.deep_layers)):
            glorot = np.sqrt(2.0 / (self.deep_layers[i - 1] + self.deep_layers[i]))
            weights["layer_%d" % i] = tf.Variable(
                np.random.normal(loc=0, scale=glorot, size=(self.deep_layers[i - 1], self.deep_layers[i])),  # expect: INI101
                dtype=np.float32)
            weights["bias_%d" % i] = tf.Variable(np.zeros((1, self.deep_layers[i])), dtype=np.float32)
        glorot = np.sqrt(2.0 / (self.deep_layers[-1] + 1))
        weights["concat_projection"] = tf.Variable(
            np.random.normal(loc=0, scale=glorot, size=(self.deep_layers[-1], 1)), dtype=np.float32)
        return weights
