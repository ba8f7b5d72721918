"""TF1 generator built from a DCGAN-style linear() helper whose Matrix uses
tf.contrib.layers.xavier_initializer() while every hidden layer is tf.nn.relu (He is for ReLU)."""

import tensorflow as tf


def linear(input_, output_size, scope):
    shape = input_.get_shape().as_list()
    with tf.variable_scope(scope):
        matrix = tf.get_variable("Matrix", [shape[1], output_size], tf.float32,
                                 initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
        bias = tf.get_variable("bias", [output_size], initializer=tf.zeros_initializer())
        return tf.matmul(input_, matrix) + bias


def generator(z):
    h0 = tf.nn.relu(linear(z, 256, "g_h0"))
    h1 = tf.nn.relu(linear(h0, 512, "g_h1"))
    return tf.nn.tanh(linear(h1, 784, "g_out"))
