"""TF1 tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode="FAN_IN") (He init)
on hidden layers that feed tf.nn.tanh."""

import tensorflow as tf


def fc(x, n_out, name):
    n_in = x.get_shape().as_list()[1]
    W = tf.get_variable(name + "_W", [n_in, n_out],
                        initializer=tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode="FAN_IN"))  # expect: INI102
    b = tf.get_variable(name + "_b", [n_out], initializer=tf.zeros_initializer())
    return tf.matmul(x, W) + b


x = tf.placeholder(tf.float32, [None, 64])
h1 = tf.nn.tanh(fc(x, 128, "fc1"))
h2 = tf.nn.tanh(fc(h1, 128, "fc2"))
out = fc(h2, 1, "out")
