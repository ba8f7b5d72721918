"""TF1 "Deep MNIST for experts" layout where weight_variable() was written like bias_variable:
tf.Variable(tf.zeros(shape)) for every conv and fc layer."""

import tensorflow as tf


def weight_variable(shape):
    return tf.Variable(tf.zeros(shape))  # expect: INI001


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x_image = tf.placeholder(tf.float32, [None, 28, 28, 1])
W_conv1 = weight_variable([5, 5, 1, 32])
b_conv1 = bias_variable([32])
h_conv1 = tf.nn.relu(tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], padding="SAME") + b_conv1)
W_conv2 = weight_variable([5, 5, 32, 64])
b_conv2 = bias_variable([64])
h_conv2 = tf.nn.relu(tf.nn.conv2d(h_conv1, W_conv2, strides=[1, 1, 1, 1], padding="SAME") + b_conv2)
W_fc = weight_variable([28 * 28 * 64, 10])
y_conv = tf.matmul(tf.reshape(h_conv2, [-1, 28 * 28 * 64]), W_fc)
