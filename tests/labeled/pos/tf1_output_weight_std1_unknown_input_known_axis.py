"""TF1 classifier head: an unscaled random_normal weight whose input side comes from the data and whose
output side is 10 classes. The matmul shows the input side is the fan-in (many features): std 1 explodes."""

import numpy as np
import tensorflow as tf

data = np.load("features.npy")
n_features = data.shape[1]
n_classes = 10

x = tf.placeholder(tf.float32, [None, n_features])
y = tf.placeholder(tf.float32, [None, n_classes])
W = tf.Variable(tf.random_normal([n_features, n_classes]))  # expect: INI004
b = tf.Variable(tf.zeros([n_classes]))
logits = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=y))
train_op = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
