"""A TF1-style stack helper: each Dense is applied with the layer's `.apply(x)` (its old name for a
call), the activation parameter defaults to ReLU and is switched off (`activation = None`) only for
a linear top layer. The hidden layers get Glorot and feed ReLU: He is what ReLU calls for."""

import tensorflow as tf


def dense_layers(tensor, units, activation=tf.nn.relu, linear_top_layer=False):
    kernel_initializer = tf.glorot_uniform_initializer()  # expect: INI101
    for i, size in enumerate(units):
        if i == len(units) - 1 and linear_top_layer:
            activation = None
        tensor = tf.keras.layers.Dense(size, use_bias=False,
                                       kernel_initializer=kernel_initializer).apply(tensor)
        if activation:
            tensor = tf.layers.batch_normalization(tensor)
            tensor = activation(tensor)
    return tensor


def merge_layers(tensors, units, activation=tf.nn.relu):
    tensors = tf.concat(tensors, axis=1)
    return dense_layers(tensors, units, activation=activation, linear_top_layer=True)
