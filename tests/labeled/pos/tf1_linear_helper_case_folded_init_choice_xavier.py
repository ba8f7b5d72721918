"""A TF1 layer helper picks its initializer by a string parameter, compared case-folded
(`initializer.lower() == 'xavier'`): the generator's first layer passes 'Xavier' and feeds ReLU, so the
Xavier arm runs before a ReLU."""

import tensorflow as tf


def linear(x, output_size, stddev=0.02, initializer=None, name="fc"):
    shape = x.get_shape().as_list()
    with tf.variable_scope(name):
        if initializer is None:
            init_op = tf.truncated_normal_initializer(stddev=stddev)
        elif initializer.lower() == "he":
            init_op = tf.initializers.he_normal()
        elif initializer.lower() == "xavier":
            init_op = tf.contrib.layers.xavier_initializer()  # expect: INI101
        else:
            raise NotImplementedError
        matrix = tf.get_variable(name="matrix", shape=[shape[1], output_size], initializer=init_op)
        bias = tf.get_variable(name="bias", shape=[output_size], initializer=tf.constant_initializer(0.0))
        return tf.matmul(x, matrix) + bias


def generator(z):
    h0 = tf.nn.relu(linear(z, 4 * 5 * 512, initializer="Xavier", name="h0_linear"))
    return tf.nn.tanh(linear(h0, 784, initializer="He", name="out"))
