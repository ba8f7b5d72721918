"""TF1 first lesson: 1-D linear regression y = W * x + b with a scalar W from uniform(-1, 1) -- fan-in 1,
nothing to saturate."""

import tensorflow as tf

x_data = [1, 2, 3]
y_data = [1, 2, 3]
W = tf.Variable(tf.random_uniform([1], -1.0, 1.0))
b = tf.Variable(tf.random_uniform([1], -1.0, 1.0))
X = tf.placeholder(tf.float32, name="X")
Y = tf.placeholder(tf.float32, name="Y")
hypothesis = W * X + b
cost = tf.reduce_mean(tf.square(hypothesis - Y))
train_op = tf.train.GradientDescentOptimizer(learning_rate=0.1).minimize(cost)
