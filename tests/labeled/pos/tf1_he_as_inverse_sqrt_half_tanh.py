"""TensorFlow-Examples style VAE: the stddev 1 / sqrt(n / 2) is He's sqrt(2 / n), not Glorot,
and the hidden layer feeds tf.nn.tanh (INI102)."""

import tensorflow as tf

image_dim = 784
hidden_dim = 512
latent_dim = 2

weights = {
    "encoder_h1": tf.Variable(tf.random_normal([image_dim, hidden_dim], stddev=1.0 / tf.sqrt(image_dim / 2.0))),  # expect: INI102
    "z_mean": tf.Variable(tf.random_normal([hidden_dim, latent_dim], stddev=1.0 / tf.sqrt(hidden_dim / 2.0))),
}
biases = {
    "encoder_b1": tf.Variable(tf.zeros([hidden_dim])),
    "z_mean": tf.Variable(tf.zeros([latent_dim])),
}

input_image = tf.placeholder(tf.float32, shape=[None, image_dim])
encoder = tf.matmul(input_image, weights["encoder_h1"]) + biases["encoder_b1"]
encoder = tf.nn.tanh(encoder)
z_mean = tf.matmul(encoder, weights["z_mean"]) + biases["z_mean"]
