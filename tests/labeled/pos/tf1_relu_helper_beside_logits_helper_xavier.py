"""A TF1 layers module: `relu(X, n)` builds a hidden layer whose result is its ReLU, `logits_layer(X, n)` the
linear output. Both name their variable `W`; the logits helper's raw output at its return is its own, and the
ReLU helper's Xavier kernel feeds ReLU."""

import tensorflow as tf


def logits_layer(X, n_classes):
    n_input = X.shape[1]
    with tf.variable_scope("logits"):
        W = tf.get_variable("W", shape=[n_input, n_classes], initializer=tf.contrib.layers.xavier_initializer())
        b = tf.get_variable("b", shape=[1, n_classes], initializer=tf.zeros_initializer())
        logits = tf.add(tf.matmul(X, W), b)
    return logits


def relu(X, n_neurons, name_scope):
    n_input = X.shape[1]
    with tf.variable_scope(name_scope):
        W = tf.get_variable("W", shape=[n_input, n_neurons],
                            initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
        b = tf.get_variable("b", shape=[1, n_neurons], initializer=tf.zeros_initializer())
        activations = tf.nn.relu(tf.add(tf.matmul(X, W), b))
    return activations
