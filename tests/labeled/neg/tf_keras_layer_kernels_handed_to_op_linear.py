"""A Keras graph-convolution layer handing its Glorot kernel to a functional op with its activation, which
is None (linear) by default: Glorot is the right choice for a linear layer."""

import tensorflow as tf

from mygraph.nn import gcn


class GCN(tf.keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = activation

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=[input_shape[0][-1], self.units], initializer="glorot_uniform")
        self.bias = self.add_weight("bias", shape=[self.units], initializer="zeros")

    def call(self, inputs):
        x, edge_index = inputs
        return gcn(x, edge_index, self.kernel, self.bias, activation=self.activation)
