"""deeplearning.ai-style TF1 initialize_parameters with tf.get_variable and a He initializer
(variance_scaling_initializer(factor=2.0), bound to `he` once: reported there) for the hidden W1/W2,
while forward_propagation uses tf.nn.tanh."""

import tensorflow as tf


def initialize_parameters(n_x, n_h, n_y):
    he = tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode="FAN_IN")  # expect: INI102
    W1 = tf.get_variable("W1", [n_h, n_x], initializer=he)
    b1 = tf.get_variable("b1", [n_h, 1], initializer=tf.zeros_initializer())
    W2 = tf.get_variable("W2", [n_h, n_h], initializer=he)
    b2 = tf.get_variable("b2", [n_h, 1], initializer=tf.zeros_initializer())
    W3 = tf.get_variable("W3", [n_y, n_h], initializer=he)
    b3 = tf.get_variable("b3", [n_y, 1], initializer=tf.zeros_initializer())
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}


def forward_propagation(X, parameters):
    A1 = tf.nn.tanh(tf.matmul(parameters["W1"], X) + parameters["b1"])
    A2 = tf.nn.tanh(tf.matmul(parameters["W2"], A1) + parameters["b2"])
    return tf.matmul(parameters["W3"], A2) + parameters["b3"]
