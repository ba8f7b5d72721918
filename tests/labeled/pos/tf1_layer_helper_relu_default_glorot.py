"""A library's conv helper (called from other modules): the layer applies the activation its parameter holds, by
default ReLU, and its kernel is Glorot. The helper builds one hidden layer of whatever stack calls it: Glorot
before ReLU. (`kernel_size` is a size, not a weight.)"""

import tensorflow as tf


def conv2d(layer, filters, kernel_size, training, activation=tf.nn.relu, dropout=0.0, name=None):
    x = tf.layers.conv2d(
        layer,
        filters=filters,
        kernel_size=kernel_size,
        padding='same',
        activation=activation,
        kernel_initializer=tf.contrib.keras.initializers.glorot_uniform(),  # expect: INI101
        bias_initializer=tf.zeros_initializer(),
        name=name)
    if dropout > 0:
        x = tf.layers.dropout(x, rate=dropout, training=training)
    return x
