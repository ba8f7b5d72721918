"""A TF1 script whose stand-in input batch is a random variable (data, silent) and whose hidden weight is an
unscaled N(0, 1) variable with fan-in 784 multiplied with that batch: the weight is reported."""

import tensorflow as tf

X = tf.Variable(tf.random_normal([100, 784]))
W1 = tf.Variable(tf.random_normal([784, 256]))  # expect: INI004
b1 = tf.Variable(tf.zeros([256]))
h1 = tf.nn.relu(tf.matmul(X, W1) + b1)
logits = tf.layers.dense(h1, 10)
loss = tf.reduce_mean(tf.square(logits))
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
