"""A TF1 VAE whose encoder variable is drawn with std 0.002 (below 0.01) and feeds a ReLU mean that the decoder
reads through `tf.cond(sampling, lambda: ..., lambda: mean)`. The loss sums the KL term and the reconstruction
term: two numbers, not a residual stream, so the encoder stays a hidden layer and its tiny scale is reported."""

import tensorflow as tf


class VAE:
    def __init__(self, observation_dim, latent_dim):
        self.input = tf.placeholder(tf.float32, shape=[None, observation_dim])
        self.sampling = tf.placeholder(tf.bool)
        encode_weights = tf.Variable(tf.truncated_normal([observation_dim, latent_dim * 2], stddev=0.002))  # expect: INI003
        encoded = tf.matmul(self.input, encode_weights)
        self.mean = tf.nn.relu(encoded[:, :latent_dim])
        logstd = encoded[:, latent_dim:]
        self.stddev = tf.exp(logstd)
        epsilon = tf.random_normal(tf.shape(self.stddev))
        self.z = tf.cond(self.sampling, lambda: self.mean + self.stddev * epsilon, lambda: self.mean)
        self.decode_weights = tf.Variable(tf.truncated_normal([latent_dim, observation_dim], stddev=0.05))
        decoded = tf.matmul(self.z, self.decode_weights)
        kl = 0.5 * tf.reduce_mean(tf.square(self.mean) + tf.exp(2 * logstd) - 1.0 - 2 * logstd)
        obj = -tf.reduce_mean(tf.reduce_sum(tf.nn.log_softmax(decoded) * self.input, axis=1))
        self.loss = kl + obj
        self.train_op = tf.train.AdamOptimizer(1e-4).minimize(self.loss)
