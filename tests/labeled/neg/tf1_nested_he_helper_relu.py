"""The same model function with a nested `he()` helper (variance_scaling_initializer, He) for its ReLU layers."""

import tensorflow as tf


def simple_model(X, n_x, n_h1, n_h2):
    def he():
        return tf.contrib.layers.variance_scaling_initializer()

    W1 = tf.get_variable("W1", [n_h1, n_x], initializer=he())
    b1 = tf.get_variable("b1", [n_h1, 1], initializer=tf.zeros_initializer())
    A1 = tf.nn.relu(tf.matmul(W1, X) + b1)
    W2 = tf.get_variable("W2", [n_h2, n_h1], initializer=he())
    A2 = tf.nn.relu(tf.matmul(W2, A1))
    W3 = tf.get_variable("W3", [6, n_h2], initializer=he())
    return tf.matmul(W3, A2)
