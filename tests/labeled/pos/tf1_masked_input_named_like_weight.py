"""A denoising autoencoder multiplies its masked input, bound to a weight-like name (`wc = self.input * mask`),
with the encoder's variable (`tf.matmul(wc, encode_weights)`): the drawn variable is the weight, and its std
0.002 (below 0.01) feeds a ReLU hidden layer, so the signal vanishes."""

import tensorflow as tf


class DAE:
    def __init__(self, observation_dim, latent_dim):
        self.input = tf.placeholder(tf.float32, shape=[None, observation_dim])
        self.corruption = tf.placeholder(tf.float32)
        mask = tf.nn.dropout(tf.ones_like(self.input), 1 - self.corruption)
        wc = self.input * mask
        encode_weights = tf.Variable(tf.truncated_normal([observation_dim, latent_dim], stddev=0.002))  # expect: INI003
        hidden = tf.nn.relu(tf.matmul(wc, encode_weights))
        self.decode_weights = tf.Variable(tf.truncated_normal([latent_dim, observation_dim], stddev=0.05))
        decoded = tf.matmul(hidden, self.decode_weights)
        self.loss = tf.reduce_mean(tf.square(decoded - self.input))
        self.train_op = tf.train.AdamOptimizer(1e-3).minimize(self.loss)
