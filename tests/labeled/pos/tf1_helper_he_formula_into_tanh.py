"""TF1 VAE example: a "custom Glorot" helper that is really He (stddev = 1 / sqrt(shape[0] / 2)), used
through a dict of Variables; the encoder's hidden layer feeds tanh, where He is too large."""

import tensorflow as tf

image_dim, hidden_dim, latent_dim = 784, 512, 2


def glorot_init(shape):
    return tf.random_normal(shape=shape, stddev=1. / tf.sqrt(shape[0] / 2.))  # expect: INI102


weights = {
    "encoder_h1": tf.Variable(glorot_init([image_dim, hidden_dim])),
    "z_mean": tf.Variable(glorot_init([hidden_dim, latent_dim])),
}
biases = {
    "encoder_b1": tf.Variable(tf.zeros([hidden_dim])),
    "z_mean": tf.Variable(tf.zeros([latent_dim])),
}
input_image = tf.placeholder(tf.float32, shape=[None, image_dim])
encoder = tf.nn.tanh(tf.matmul(input_image, weights["encoder_h1"]) + biases["encoder_b1"])
z_mean = tf.matmul(encoder, weights["z_mean"]) + biases["z_mean"]
loss = tf.reduce_mean(tf.square(z_mean))
train_op = tf.train.AdamOptimizer(0.001).minimize(loss)
