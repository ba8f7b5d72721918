"""A TF1 MLP whose input size is computed from module constants (`n_in = side * side`, 64): std 0.001 is
below a tenth of He (0.0177) for that fan-in, and the layer feeds ReLU, so its signal vanishes."""

import tensorflow as tf

side = 8
n_in = side * side
n_hidden = 100

X = tf.placeholder(tf.float32, [None, n_in])
W1 = tf.Variable(tf.random_normal([n_in, n_hidden], stddev=0.001))  # expect: INI003
b1 = tf.Variable(tf.zeros([n_hidden]))
h1 = tf.nn.relu(tf.matmul(X, W1) + b1)
W2 = tf.Variable(tf.random_normal([n_hidden, 10], stddev=0.1))
b2 = tf.Variable(tf.zeros([10]))
logits = tf.matmul(h1, W2) + b2

loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=tf.placeholder(tf.float32, [None, 10]),
                                                              logits=logits))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
