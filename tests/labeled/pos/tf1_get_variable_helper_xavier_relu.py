"""A TF1 MLP whose weights all come from one helper that returns a Xavier-initialised variable; the hidden
layer's result goes through ReLU (the logits layer adds nothing): Xavier before ReLU, reported in the helper."""

import tensorflow as tf


def weight_variable(name, shape):
    var = tf.get_variable(name, shape, initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
    return var


x = tf.placeholder(tf.float32, [None, 784])
W1 = weight_variable("W1", [784, 256])
b1 = tf.Variable(tf.zeros([256]))
h = tf.nn.relu(tf.matmul(x, W1) + b1)
W2 = weight_variable("W2", [256, 10])
logits = tf.matmul(h, W2)
