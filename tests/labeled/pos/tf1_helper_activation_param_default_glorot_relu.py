"""A conv stack whose activation is a parameter with a default (`hidden_nonlinearity=tf.nn.relu`) applied by
calling the parameter, and whose initializer default reaches a helper's get_variable: Glorot before ReLU."""

import tensorflow as tf


def cnn(input_var, filters, name, hidden_nonlinearity=tf.nn.relu,
        hidden_w_init=tf.initializers.glorot_uniform(seed=1),
        hidden_b_init=tf.zeros_initializer()):
    with tf.compat.v1.variable_scope(name):
        h = input_var
        for index, (size, channels) in enumerate(filters):
            h = _conv(h, 'h{}'.format(index), size, channels, hidden_w_init, hidden_b_init)
            if hidden_nonlinearity is not None:
                h = hidden_nonlinearity(h)
        return h


def _conv(input_var, name, filter_size, num_filter, hidden_w_init, hidden_b_init):
    input_shape = input_var.get_shape()[-1]
    w_shape = [filter_size, filter_size, input_shape, num_filter]
    with tf.compat.v1.variable_scope(name):
        weight = tf.compat.v1.get_variable('weight', w_shape, initializer=hidden_w_init)  # expect: INI101
        bias = tf.compat.v1.get_variable('bias', [1, 1, 1, num_filter], initializer=hidden_b_init)
        return tf.nn.conv2d(input_var, weight, strides=[1, 1, 1, 1], padding='SAME') + bias
