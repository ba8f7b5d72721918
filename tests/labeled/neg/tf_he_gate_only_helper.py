"""A helper building one Dense layer whose sigmoid output gates another path (a gate, not a layer
feeding the next one): the sigmoid is no hidden activation, so He here is not paired (INI102)."""

import tensorflow as tf


def gate(tensor, units):
    g = tf.keras.layers.Dense(units, kernel_initializer=tf.keras.initializers.HeNormal()).apply(tensor)
    return tf.nn.sigmoid(g)


def gated_block(x, units):
    h = tf.nn.relu(tf.keras.layers.Dense(units).apply(x))
    return h * gate(x, units)
