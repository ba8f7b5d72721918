"""DCGAN-tensorflow ops.linear(): tf.random_normal_initializer(stddev=stddev) with stddev=0.02
by keyword, bias constant_initializer(0.0)."""

import tensorflow as tf


def linear(input_, output_size, scope=None, stddev=0.02, bias_start=0.0):
    shape = input_.get_shape().as_list()
    with tf.variable_scope(scope or "Linear"):
        matrix = tf.get_variable("Matrix", [shape[1], output_size], tf.float32,
                                 tf.random_normal_initializer(stddev=stddev))
        bias = tf.get_variable("bias", [output_size], initializer=tf.constant_initializer(bias_start))
        return tf.matmul(input_, matrix) + bias


z = tf.placeholder(tf.float32, [None, 100])
h0 = tf.nn.relu(linear(z, 1024, "g_h0_lin"))
h1 = tf.nn.relu(linear(h0, 128 * 7 * 7, "g_h1_lin"))
