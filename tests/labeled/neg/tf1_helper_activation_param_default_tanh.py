"""The same conv stack with `hidden_nonlinearity=tf.nn.tanh`: Glorot is right for tanh; and a call that passes
its own activation for the parameter decides over the default."""

import tensorflow as tf


def cnn(input_var, filters, name, hidden_nonlinearity=tf.nn.tanh,
        hidden_w_init=tf.initializers.glorot_uniform(seed=1)):
    h = input_var
    for index, (size, channels) in enumerate(filters):
        h = _conv(h, 'h{}'.format(index), size, channels, hidden_w_init)
        h = hidden_nonlinearity(h)
    return h


def dense(x, units, activation=tf.nn.relu):
    w = tf.compat.v1.get_variable('w', [x.get_shape()[-1], units],
                                  initializer=tf.initializers.glorot_uniform())
    return activation(tf.matmul(x, w))


def _conv(input_var, name, filter_size, num_filter, hidden_w_init):
    input_shape = input_var.get_shape()[-1]
    with tf.compat.v1.variable_scope(name):
        weight = tf.compat.v1.get_variable('weight', [filter_size, filter_size, input_shape, num_filter],
                                           initializer=hidden_w_init)
        return tf.nn.conv2d(input_var, weight, strides=[1, 1, 1, 1], padding='SAME')


def head(x):
    return dense(x, 64, activation=tf.nn.tanh)
