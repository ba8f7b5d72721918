"""A TF1 linear regression: one weight column over the data's features (`n_features = X_train.shape[1]`),
`tf.matmul(X, W, name="prediction")`. One linear unit on raw features: no layers to carry a signal through, and
the feature count is unknown (RULES: known fan-in decides). Nothing to report."""

import numpy as np
import tensorflow as tf

X_train = np.loadtxt("features.csv", delimiter=",")
y_train = np.loadtxt("targets.csv", delimiter=",")[:, None]
n_features = X_train.shape[1]

X = tf.placeholder(tf.float32, shape=[None, n_features])
Y = tf.placeholder(tf.float32, shape=[None, 1])
W = tf.Variable(tf.random_normal([n_features, 1]), name="weight")
b = tf.Variable(tf.zeros([1]), name="bias")
prediction = tf.add(tf.matmul(X, W, name="prediction"), b)
loss = tf.reduce_mean(tf.square(prediction - Y))
train_op = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
