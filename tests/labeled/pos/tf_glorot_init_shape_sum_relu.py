"""A TF1 course's `glorot_init(shape)` helper: a uniform bound of sqrt(6 / np.sum(shape)), the fans' sum of a
(fan_in, fan_out) shape, through a local, as the kernel of a fully connected layer whose default nonlinearity is
ReLU."""

import numpy as np
import tensorflow as tf


def glorot_init(shape, constant=1):
    _dim_sum = np.sum(shape)
    low = -constant * np.sqrt(6.0 / _dim_sum)
    high = constant * np.sqrt(6.0 / _dim_sum)
    w = tf.random_uniform(shape, minval=low, maxval=high, dtype=tf.float32)  # expect: INI101
    return w


def full_layer(x, fan_out, layer_name, nonlinear=tf.nn.relu):
    with tf.variable_scope(layer_name):
        fan_in = x.get_shape().as_list()[-1]
        w = tf.get_variable("w", initializer=glorot_init((fan_in, fan_out)))
        b = tf.get_variable("b", initializer=tf.zeros([fan_out]))
        return nonlinear(tf.add(tf.matmul(x, w), b))


x = tf.placeholder(tf.float32, [None, 784])
h = full_layer(x, 256, "fc1")
logits = full_layer(h, 10, "out", nonlinear=tf.identity)
loss = tf.reduce_mean(logits)
train = tf.train.AdamOptimizer(1e-3).minimize(loss)
