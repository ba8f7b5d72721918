"""A TF1 helper drawing a dict of layer weights in a loop by index, one arm per position (`if i == 0:` the
input layer, `elif i != n_layers - 1:` the hidden ones, `elif ...:` the output): each arm writes its own
iterations' entries, none overwrites another's, and every one is an unscaled `tf.random_normal` (std 1)."""

import tensorflow as tf


def create_weights(n_layers, n_units, n_columns, n_outputs):
    weights = {}
    for i in range(n_layers):
        if i == 0:
            weights["layer" + str(i)] = tf.Variable(tf.random_normal([n_columns, n_units]))  # expect: INI004
        elif i != 0 and i != n_layers - 1:
            weights["layer" + str(i)] = tf.Variable(tf.random_normal([n_units, n_units]))  # expect: INI004
        elif i != 0 and i == n_layers - 1:
            weights["output_layer"] = tf.Variable(tf.random_normal([n_units, n_outputs]))  # expect: INI004
    return weights


def model(X, weights):
    h = tf.nn.relu(tf.matmul(X, weights["layer0"]))
    h = tf.nn.relu(tf.matmul(h, weights["layer1"]))
    return tf.matmul(h, weights["output_layer"])


w = create_weights(3, 64, 784, 10)
logits = model(tf.placeholder(tf.float32, [None, 784]), w)
train = tf.train.AdamOptimizer(0.01).minimize(tf.reduce_mean(logits))
