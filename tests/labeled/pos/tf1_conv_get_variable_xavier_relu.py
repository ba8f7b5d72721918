"""deeplearning.ai course 4 week 1 (TensorFlow conv net): W1, W2 come from tf.get_variable with
xavier_initializer and are applied with tf.nn.conv2d, each followed by tf.nn.relu (INI101)."""

import tensorflow as tf


def initialize_parameters():
    tf.set_random_seed(1)
    W1 = tf.get_variable("W1", [4, 4, 3, 8], initializer=tf.contrib.layers.xavier_initializer(seed=0))  # expect: INI101
    W2 = tf.get_variable("W2", [2, 2, 8, 16], initializer=tf.contrib.layers.xavier_initializer(seed=0))  # expect: INI101
    return {"W1": W1, "W2": W2}


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    Z1 = tf.nn.conv2d(X, W1, strides=[1, 1, 1, 1], padding="SAME")
    A1 = tf.nn.relu(Z1)
    P1 = tf.nn.max_pool(A1, ksize=[1, 8, 8, 1], strides=[1, 8, 8, 1], padding="SAME")
    Z2 = tf.nn.conv2d(P1, W2, strides=[1, 1, 1, 1], padding="SAME")
    A2 = tf.nn.relu(Z2)
    P2 = tf.nn.max_pool(A2, ksize=[1, 4, 4, 1], strides=[1, 4, 4, 1], padding="SAME")
    P = tf.contrib.layers.flatten(P2)
    return tf.contrib.layers.fully_connected(P, 6, activation_fn=None)
