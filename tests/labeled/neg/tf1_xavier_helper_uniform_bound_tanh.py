"""The same Glorot-uniform helper used for a tanh network: the right pairing, nothing to report."""

import tensorflow as tf


def xavier_init(n_inputs, n_outputs):
    init_range = tf.sqrt(6.0 / (n_inputs + n_outputs))
    return tf.random_uniform_initializer(-init_range, init_range)


x = tf.placeholder("float", [None, 784])
W1 = tf.get_variable("W1", shape=[784, 256], initializer=xavier_init(784, 256))
W2 = tf.get_variable("W2", shape=[256, 10], initializer=xavier_init(256, 10))
h = tf.nn.tanh(tf.matmul(x, W1))
logits = tf.matmul(h, W2)
