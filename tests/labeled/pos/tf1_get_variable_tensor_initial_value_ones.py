"""TF1's get_variable also takes a tensor as the initial value: an inhibitory layer starts every weight at
1 / n_input (`tf.ones(...) / n_input`), so its units are identical and stay so."""

import tensorflow as tf


def shunting_layer(X, n_neurons, n_inhib):
    n_input = X.shape[1].value
    with tf.variable_scope("shunt"):
        W = tf.get_variable("W", shape=[n_input, n_neurons], initializer=tf.keras.initializers.he_normal())
        Wi = tf.get_variable("Wi", initializer=tf.ones(shape=[n_input, n_inhib]) / n_input)  # expect: INI002
        inhib = tf.nn.relu(tf.matmul(X, Wi))
        z = tf.matmul(X, W) / (1.0 + tf.reduce_sum(inhib, axis=1, keepdims=True))
    return tf.nn.relu(z)
