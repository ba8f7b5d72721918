"""A TF1 GAN's dense helper: the activation is a parameter the helper calls on its output, and the generator
passes `tf.nn.relu` for its hidden layers. Xavier (variance 2/(fan_in+fan_out)) for layers that feed ReLU."""

import tensorflow as tf


def Dense(input, output_shape, name="dense", activation=None):
    with tf.variable_scope(name, reuse=tf.AUTO_REUSE):
        W = tf.get_variable(name="W", shape=[input.shape[1], output_shape],
                            initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
        b = tf.get_variable(name="b", shape=[output_shape], initializer=tf.zeros_initializer())
        h = tf.matmul(input, W) + b
        if activation is None:
            return h
        return activation(h)


def generator(z, output_dim):
    h1 = Dense(z, 128, name="g1", activation=tf.nn.relu)
    h2 = Dense(h1, 256, name="g2", activation=tf.nn.relu)
    return tf.tanh(Dense(h2, output_dim, name="g3"))
