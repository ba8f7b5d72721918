"""Udacity intro-to-tensorflow: tf.truncated_normal((784, 10)) with its default stddev=1.0 --
an unscaled draw for a 784-input layer (logits of std ~25 at the start)."""

import tensorflow as tf

n_features = 784
n_labels = 10

features = tf.placeholder(tf.float32, [None, n_features])
labels = tf.placeholder(tf.float32, [None, n_labels])
weights = tf.Variable(tf.truncated_normal((n_features, n_labels)))  # expect: INI004
biases = tf.Variable(tf.zeros(n_labels))

logits = tf.add(tf.matmul(features, weights), biases)
prediction = tf.nn.softmax(logits)
cross_entropy = -tf.reduce_sum(labels * tf.log(prediction), axis=1)
loss = tf.reduce_mean(cross_entropy)
optimizer = tf.train.GradientDescentOptimizer(0.05).minimize(loss)
