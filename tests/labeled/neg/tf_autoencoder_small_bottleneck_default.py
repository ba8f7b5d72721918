"""A TF1 autoencoder whose decoder's first weight multiplies the 2-wide bottleneck (`dimension = 2` by
default, tf.matmul(code, W)): std 1 at fan-in 2 is fine (RULES: std 1 with fan-in < 16), while the weights
over the 256-wide layers are reported elsewhere in the suite."""

import tensorflow as tf


def reducedimension(code, dimension=2, hidden_layer=256):
    decoder_h1 = tf.Variable(tf.random_normal([dimension, hidden_layer]))
    decoder_b1 = tf.Variable(tf.zeros([hidden_layer]))
    return tf.nn.sigmoid(tf.add(tf.matmul(code, decoder_h1), decoder_b1))
