"""The TF1 "Deep MNIST for experts" helpers: weight_variable draws truncated_normal(stddev=0.1) and wraps
it in a Variable; the convs have fan-in 25 and 800, the dense layer 3136. 0.1 is not too small for them."""

import tensorflow as tf


def weight_variable(shape):
    initial = tf.truncated_normal(shape, stddev=0.1)
    return tf.Variable(initial)


def bias_variable(shape):
    initial = tf.constant(0.1, shape=shape)
    return tf.Variable(initial)


x_image = tf.placeholder(tf.float32, [None, 28, 28, 1])
W_conv1 = weight_variable([5, 5, 1, 32])
b_conv1 = bias_variable([32])
h_conv1 = tf.nn.relu(tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], padding="SAME") + b_conv1)
W_conv2 = weight_variable([5, 5, 32, 64])
b_conv2 = bias_variable([64])
h_conv2 = tf.nn.relu(tf.nn.conv2d(h_conv1, W_conv2, strides=[1, 1, 1, 1], padding="SAME") + b_conv2)
W_fc1 = weight_variable([7 * 7 * 64, 1024])
h_fc1 = tf.nn.relu(tf.matmul(tf.reshape(h_conv2, [-1, 7 * 7 * 64]), W_fc1))
