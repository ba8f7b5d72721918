"""TF1 tutorial: the hidden layer's weight is a variable named `h`, drawn N(0, 1) for 784 inputs and
multiplied with the input placeholder: a trained weight, whatever its one-letter name."""

import tensorflow as tf

n_input, n_hidden_1, n_classes = 784, 256, 10
x = tf.placeholder("float", [None, n_input])
y = tf.placeholder("float", [None, n_classes])

h = tf.Variable(tf.random_normal([n_input, n_hidden_1]))  # expect: INI004
bias_layer_1 = tf.Variable(tf.zeros([n_hidden_1]))
layer_1 = tf.nn.sigmoid(tf.add(tf.matmul(x, h), bias_layer_1))
w_out = tf.Variable(tf.random_normal([n_hidden_1, n_classes]) * 0.05)
out = tf.matmul(layer_1, w_out)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=out, labels=y))
optimizer = tf.train.AdamOptimizer(0.001).minimize(cost)
