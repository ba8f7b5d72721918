"""The same data, now through a hidden ReLU layer drawn N(0, 1) from the data's width: a hidden layer
of 64 units is no single regression unit, and std 1 over an unknown (data-sized) fan-in explodes."""

import numpy as np
import tensorflow as tf

X_input = np.loadtxt("boston.csv", delimiter=",")[:, :-1]
Y_input = np.loadtxt("boston.csv", delimiter=",")[:, -1:]
num_features = X_input.shape[1]

X = tf.placeholder(tf.float32, (None, num_features))
Y = tf.placeholder(tf.float32, (None, 1))
W1 = tf.Variable(tf.random_normal((num_features, 64)), name="W1")  # expect: INI004
W2 = tf.Variable(tf.random_normal((64, 1), stddev=0.1), name="W2")

hidden = tf.nn.relu(tf.matmul(X, W1))
pred = tf.matmul(hidden, W2)
cost = tf.reduce_mean(tf.square(pred - Y))
train_op = tf.train.GradientDescentOptimizer(0.01).minimize(cost)
