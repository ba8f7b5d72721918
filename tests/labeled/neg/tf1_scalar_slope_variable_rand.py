"""TF1 1-D linear regression: the slope and the intercept are scalar variables drawn with np.random.rand()
(one number each, no units whose symmetry could matter): no weight matrix to judge."""

import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [None])
y_true = tf.placeholder(tf.float32, [None])
w = tf.Variable(np.random.rand(), dtype=tf.float32)
b = tf.Variable(np.random.rand(), dtype=tf.float32)
y = w * x + b
loss = tf.reduce_mean(tf.square(y - y_true))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
