"""A VAE's encoder and decoder each bind their own `w0`/`w1` with one shared He initializer: the encoder's
w1 feeds tanh, the decoder's w0 feeds tanh. Each function's names are its own tensors, paired with what
follows them in that function (the encoder's w0 feeds elu, the decoder's w1 elu)."""

import tensorflow as tf


def encoder(x, n_hidden):
    w_init = tf.contrib.layers.variance_scaling_initializer()  # expect: INI102
    w0 = tf.get_variable("w0", [x.get_shape()[1], n_hidden], initializer=w_init)
    h0 = tf.nn.elu(tf.matmul(x, w0))
    w1 = tf.get_variable("w1", [h0.get_shape()[1], n_hidden], initializer=w_init)
    h1 = tf.nn.tanh(tf.matmul(h0, w1))
    wo = tf.get_variable("wo", [h1.get_shape()[1], 20], initializer=w_init)
    return tf.matmul(h1, wo)


def decoder(z, n_hidden, n_output):
    w_init = tf.contrib.layers.variance_scaling_initializer()  # expect: INI102
    w0 = tf.get_variable("w0", [z.get_shape()[1], n_hidden], initializer=w_init)
    h0 = tf.nn.tanh(tf.matmul(z, w0))
    w1 = tf.get_variable("w1", [h0.get_shape()[1], n_hidden], initializer=w_init)
    h1 = tf.nn.elu(tf.matmul(h0, w1))
    wo = tf.get_variable("wo", [h1.get_shape()[1], n_output], initializer=w_init)
    return tf.sigmoid(tf.matmul(h1, wo))
