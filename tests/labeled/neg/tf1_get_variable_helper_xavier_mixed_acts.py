"""One Xavier helper for every layer of a TF1 network whose layers use tanh and ReLU in turn: the callers do
not agree on one activation, so no pairing is claimed for the helper."""

import tensorflow as tf


def weight_variable(name, shape):
    var = tf.get_variable(name, shape, initializer=tf.contrib.layers.xavier_initializer())
    return var


x = tf.placeholder(tf.float32, [None, 784])
W1 = weight_variable("W1", [784, 256])
h1 = tf.nn.tanh(tf.matmul(x, W1))
W2 = weight_variable("W2", [256, 128])
h2 = tf.nn.relu(tf.matmul(h1, W2))
W3 = weight_variable("W3", [128, 10])
logits = tf.matmul(h2, W3)
