"""The same helper with tanh as its default activation, and a logits helper with no activation: silent."""

import tensorflow as tf


def conv2d(layer, filters, kernel_size, activation=tf.nn.tanh, name=None):
    return tf.layers.conv2d(layer, filters=filters, kernel_size=kernel_size, padding='same', activation=activation,
                            kernel_initializer=tf.contrib.keras.initializers.glorot_uniform(), name=name)


def logits(layer, n_classes, name=None):
    return tf.layers.dense(layer, n_classes, activation=None,
                           kernel_initializer=tf.contrib.keras.initializers.glorot_uniform(), name=name)
