"""A Keras layer class (a graph convolution) that creates its kernels with an explicit "glorot_uniform" and
hands them, with its activation (ReLU by default), to one functional op of its package: the op's output goes
through ReLU, so Xavier halves the signal's variance at each such layer."""

import tensorflow as tf

from mygraph.nn import sage_conv


class SageConv(tf.keras.layers.Layer):
    def __init__(self, units, activation=tf.nn.relu, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = activation

    def build(self, input_shape):
        num_features = input_shape[0][-1]
        self.self_kernel = self.add_weight("self_kernel", shape=[num_features, self.units],
                                           initializer="glorot_uniform")  # expect: INI101
        self.neighbor_kernel = self.add_weight("neighbor_kernel", shape=[num_features, self.units],
                                               initializer="glorot_uniform")  # expect: INI101
        self.bias = self.add_weight("bias", shape=[self.units], initializer="zeros")

    def call(self, inputs):
        x, edge_index = inputs
        return sage_conv(x, edge_index, self.self_kernel, self.neighbor_kernel, bias=self.bias,
                         activation=self.activation)
