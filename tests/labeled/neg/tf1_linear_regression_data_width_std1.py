"""A TF1 linear regression on the Boston data: one weight column `(num_features, 1)` drawn N(0, 1), with
num_features read off the data (`X_input.shape[1]`, 14 columns with the bias). One linear unit over the
features, no hidden layer: how many features there are is unknown here (RULES: known fan-in decides)."""

import numpy as np
import tensorflow as tf

X_input = np.loadtxt("boston.csv", delimiter=",")[:, :-1]
Y_input = np.loadtxt("boston.csv", delimiter=",")[:, -1:]
num_features = X_input.shape[1]

X = tf.placeholder(tf.float32, (None, num_features))
Y = tf.placeholder(tf.float32, (None, 1))
w = tf.Variable(tf.random_normal((num_features, 1)), name="weights")

pred = tf.matmul(X, w)
cost = tf.reduce_mean(tf.square(pred - Y))
train_op = tf.train.GradientDescentOptimizer(0.01).minimize(cost)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(1500):
        sess.run(train_op, feed_dict={X: X_input, Y: Y_input})
