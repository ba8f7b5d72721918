"""A TF VAE whose weight helper draws every weight matrix from a truncated normal of std 0.001 (< 0.01), stored
[out, in] and multiplied as `tf.matmul(x, tf.transpose(phi1))`: the hidden ReLU layers' signal vanishes."""

import tensorflow as tf


def initialize_weight_variable(shape, name=""):
    initial = tf.random.truncated_normal(shape, stddev=0.001)  # expect: INI003
    return tf.Variable(initial, name=name)


def initialize_bias_variable(shape, name=""):
    return tf.Variable(tf.constant(0.0, shape=shape), name=name)


def encoder(x, input_dim=784, hidden=500, latent=20):
    phi1 = initialize_weight_variable([hidden, input_dim], name="phi1")
    b1 = initialize_bias_variable([hidden], name="b1")
    phi_mu = initialize_weight_variable([latent, hidden], name="phi_mu")
    h = tf.nn.relu(tf.nn.bias_add(tf.matmul(x, tf.transpose(phi1)), b1))
    return tf.matmul(h, tf.transpose(phi_mu))
