"""A TF1 course script whose model function defines its own `xavier()` helper returning
tf.contrib.layers.xavier_initializer(), used for hidden weights that feed tf.nn.relu."""

import tensorflow as tf


def simple_model(X, n_x, n_h1, n_h2):
    def xavier():
        return tf.contrib.layers.xavier_initializer()  # expect: INI101

    W1 = tf.get_variable("W1", [n_h1, n_x], initializer=xavier())
    b1 = tf.get_variable("b1", [n_h1, 1], initializer=tf.zeros_initializer())
    A1 = tf.nn.relu(tf.matmul(W1, X) + b1)
    W2 = tf.get_variable("W2", [n_h2, n_h1], initializer=xavier())
    A2 = tf.nn.relu(tf.matmul(W2, A1))
    W3 = tf.get_variable("W3", [6, n_h2], initializer=xavier())
    return tf.matmul(W3, A2)
