"""TF1 tf.get_variable with tf.random_uniform_initializer() and no arguments:
samples [0, 1) (TF1 default minval=0, maxval=1)."""

import tensorflow as tf


def dense(x, n_in, n_out, name):
    with tf.variable_scope(name):
        W = tf.get_variable("W", [n_in, n_out], initializer=tf.random_uniform_initializer())  # expect: INI005
        b = tf.get_variable("b", [n_out], initializer=tf.zeros_initializer())
        return tf.matmul(x, W) + b


x = tf.placeholder(tf.float32, [None, 100])
h = tf.nn.tanh(dense(x, 100, 64, "hidden"))
logits = dense(h, 64, 2, "out")
