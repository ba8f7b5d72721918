"""A TF1 CNN whose weight_variable helper draws truncated_normal(stddev=0.001) for every layer: far below
0.01, with ReLU after each conv and the dense layer."""

import tensorflow as tf


def weight_variable(shape):
    initial = tf.truncated_normal(shape, stddev=0.001)  # expect: INI003
    return tf.Variable(initial)


x_image = tf.placeholder(tf.float32, [None, 28, 28, 1])
W_conv1 = weight_variable([5, 5, 1, 32])
h_conv1 = tf.nn.relu(tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], padding="SAME"))
W_fc1 = weight_variable([28 * 28 * 32, 1024])
h_fc1 = tf.nn.relu(tf.matmul(tf.reshape(h_conv1, [-1, 28 * 28 * 32]), W_fc1))
W_fc2 = weight_variable([1024, 10])
logits = tf.matmul(h_fc1, W_fc2)
train_op = tf.train.AdamOptimizer(1e-4).minimize(tf.reduce_mean(logits))
