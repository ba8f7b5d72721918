"""DCGAN-tensorflow style linear() helper with tf.random_normal_initializer(0.02):
the first argument of random_normal_initializer is mean, so stddev stays 1."""

import tensorflow as tf


def linear(input_, output_size, scope="Linear"):
    shape = input_.get_shape().as_list()
    with tf.variable_scope(scope):
        matrix = tf.get_variable("Matrix", [shape[1], output_size], tf.float32,
                                 tf.random_normal_initializer(0.02))  # expect: INI006
        bias = tf.get_variable("bias", [output_size], initializer=tf.constant_initializer(0.0))
        return tf.matmul(input_, matrix) + bias


z = tf.placeholder(tf.float32, [None, 100])
h0 = tf.nn.relu(linear(z, 1024, "g_h0_lin"))
h1 = tf.nn.tanh(linear(h0, 784, "g_h1_lin"))
