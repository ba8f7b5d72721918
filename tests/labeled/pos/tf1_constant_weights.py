"""TF1 MLP whose weight helper returns tf.Variable(tf.constant(0.1, shape=shape)) --
the bias recipe of the TF tutorial used for the weights too."""

import tensorflow as tf


def weight_variable(shape):
    initial = tf.constant(0.1, shape=shape)  # expect: INI002
    return tf.Variable(initial)


x = tf.placeholder(tf.float32, [None, 784])
W1 = weight_variable([784, 300])
b1 = tf.Variable(tf.zeros([300]))
h1 = tf.nn.relu(tf.matmul(x, W1) + b1)
W2 = weight_variable([300, 100])
b2 = tf.Variable(tf.zeros([100]))
h2 = tf.nn.relu(tf.matmul(h1, W2) + b2)
W3 = weight_variable([100, 10])
logits = tf.matmul(h2, W3)
