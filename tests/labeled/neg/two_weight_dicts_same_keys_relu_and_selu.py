"""A self-normalising-network notebook: one dict of He-scaled weights for a ReLU CNN and one of LeCun-scaled
weights, under the same layer keys, for its SELU twin (LeCun is SELU's prescribed init). Neither is a
pairing bug, though both dicts name their entries 'wc1' and 'wc2'."""

import numpy as np
import tensorflow as tf


def conv2d(x, W):
    return tf.nn.relu(tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding="SAME"))


def conv2d_snn(x, W):
    return tf.nn.selu(tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding="SAME"))


def conv_net_relu(x, weights):
    return conv2d(conv2d(x, weights["wc1"]), weights["wc2"])


def conv_net_snn(x, weights):
    return conv2d_snn(conv2d_snn(x, weights["wc1"]), weights["wc2"])


weights = {
    "wc1": tf.Variable(tf.random_normal([5, 5, 1, 32], stddev=np.sqrt(2 / 25))),
    "wc2": tf.Variable(tf.random_normal([5, 5, 32, 64], stddev=np.sqrt(2 / (25 * 32)))),
}
weights2 = {
    "wc1": tf.Variable(tf.random_normal([5, 5, 1, 32], stddev=np.sqrt(1 / 25))),
    "wc2": tf.Variable(tf.random_normal([5, 5, 32, 64], stddev=np.sqrt(1 / (25 * 32)))),
}
x = tf.placeholder(tf.float32, [None, 28, 28, 1])
loss = tf.reduce_mean(conv_net_relu(x, weights)) + tf.reduce_mean(conv_net_snn(x, weights2))
train = tf.train.AdamOptimizer(0.001).minimize(loss)
