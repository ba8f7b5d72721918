"""A TF1 XOR network whose weight shapes are written once as module-level tuples: w1 is (2, 8), so its fan-in
is 2, where std 1 is not too large (RULES: std 1 with fan-in < 16 is silent)."""

import tensorflow as tf

hidden_shape = (2, 8)
out_shape = (8, 1)

x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w1 = tf.Variable(tf.random_normal(hidden_shape))
w2 = tf.Variable(tf.random_normal(out_shape))
h = tf.nn.sigmoid(tf.matmul(x, w1))
pred = tf.nn.sigmoid(tf.matmul(h, w2))
loss = tf.reduce_mean(tf.square(pred - y))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
