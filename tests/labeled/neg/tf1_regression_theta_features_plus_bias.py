"""A TF1 linear regression on a data set with a bias column: theta has one row per feature plus one
(`m, n = housing.data.shape`; `[n + 1, 1]`) and is drawn in U(-1, 1). One linear unit over raw features, their
count unknown here: no layers (RULES: known fan-in decides). Nothing to report."""

import numpy as np
import tensorflow as tf
from sklearn.datasets import fetch_california_housing

housing = fetch_california_housing()
m, n = housing.data.shape
data = np.c_[np.ones((m, 1)), housing.data]

X = tf.constant(data, dtype=tf.float32, name="X")
y = tf.constant(housing.target.reshape(-1, 1), dtype=tf.float32, name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
mse = tf.reduce_mean(tf.square(y_pred - y), name="mse")
training_op = tf.train.GradientDescentOptimizer(0.01).minimize(mse)
