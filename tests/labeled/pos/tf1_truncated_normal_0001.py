"""TF1 weight_variable helper with tf.truncated_normal(shape, stddev=0.001), used for every
hidden layer of a ReLU MLP."""

import tensorflow as tf


def weight_variable(shape):
    initial = tf.truncated_normal(shape, stddev=0.001)  # expect: INI003
    return tf.Variable(initial)


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 784])
W_fc1 = weight_variable([784, 1024])
h_fc1 = tf.nn.relu(tf.matmul(x, W_fc1) + bias_variable([1024]))
W_fc2 = weight_variable([1024, 1024])
h_fc2 = tf.nn.relu(tf.matmul(h_fc1, W_fc2) + bias_variable([1024]))
W_fc3 = weight_variable([1024, 10])
y = tf.matmul(h_fc2, W_fc3) + bias_variable([10])
