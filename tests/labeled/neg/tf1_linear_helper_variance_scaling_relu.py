"""TF1 MLP from a fc() helper with tf.contrib.layers.variance_scaling_initializer() (its default
factor=2.0, FAN_IN is He init) feeding tf.nn.relu: the right pairing."""

import tensorflow as tf


def fc(x, n_out, name):
    n_in = x.get_shape().as_list()[1]
    W = tf.get_variable(name + "_W", [n_in, n_out], initializer=tf.contrib.layers.variance_scaling_initializer())
    b = tf.get_variable(name + "_b", [n_out], initializer=tf.zeros_initializer())
    return tf.matmul(x, W) + b


x = tf.placeholder(tf.float32, [None, 784])
h1 = tf.nn.relu(fc(x, 256, "fc1"))
h2 = tf.nn.relu(fc(h1, 256, "fc2"))
logits = fc(h2, 10, "out")
