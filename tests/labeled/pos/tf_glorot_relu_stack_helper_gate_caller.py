"""A helper building a stack of Dense layers in a loop, each through the ReLU it is given (Glorot
chosen for every one). One caller turns the last layer into a sigmoid gate (squeeze-and-excite);
the hidden layers of the stack still feed the ReLU, so Glorot is the wrong choice for them."""

import tensorflow as tf


def dense_layers(tensor, units, activation=tf.nn.relu, linear_top_layer=False):
    kernel_initializer = tf.glorot_uniform_initializer()  # expect: INI101
    for i, size in enumerate(units):
        if i == len(units) - 1 and linear_top_layer:
            activation = None
        tensor = tf.keras.layers.Dense(size, use_bias=False,
                                       kernel_initializer=kernel_initializer).apply(tensor)
        if activation:
            tensor = activation(tensor)
    return tensor


def squeeze_and_excite(tensor, ratio):
    original = tensor
    units = tensor.shape.as_list()[-1]
    tensor = tf.reduce_mean(tensor, [1, 2], keepdims=True)
    tensor = dense_layers(tensor, [units // ratio, units], linear_top_layer=True)
    tensor = tf.nn.sigmoid(tensor)
    return original * tensor
