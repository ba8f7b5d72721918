"""TF1 tf.Variable(tf.random_uniform([784, 256])) with default bounds [0, 1)."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
W1 = tf.Variable(tf.random_uniform([784, 256]))  # expect: INI005
b1 = tf.Variable(tf.zeros([256]))
h1 = tf.nn.sigmoid(tf.matmul(x, W1) + b1)
W2 = tf.Variable(tf.random_uniform([256, 10], -0.1, 0.1))
b2 = tf.Variable(tf.zeros([10]))
y = tf.nn.softmax(tf.matmul(h1, W2) + b2)
