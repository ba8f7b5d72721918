"""A TF1 deep Boltzmann machine keeps per-batch variational parameters as variables (`mu =
tf.Variable(tf.zeros([batch_size, n_hidden]))`) that mean-field updates overwrite and that multiply the
weights as inputs (`tf.matmul(mu, W)`): states, not weights; zero is their usual start."""

import tensorflow as tf


class DBM:
    def __init__(self, n_visible=784, n_hiddens=(512, 1024), batch_size=100):
        self.W = [tf.Variable(tf.random.normal([n_visible, n_hiddens[0]], stddev=0.01)),
                  tf.Variable(tf.random.normal([n_hiddens[0], n_hiddens[1]], stddev=0.01))]
        self._mu = []
        for i in range(len(n_hiddens)):
            t = tf.zeros([batch_size, n_hiddens[i]])
            mu = tf.Variable(t, name="mu")
            self._mu.append(mu)

    def mean_field_step(self, v):
        h0 = tf.sigmoid(tf.matmul(v, self.W[0]) + tf.matmul(self._mu[1], tf.transpose(self.W[1])))
        h1 = tf.sigmoid(tf.matmul(self._mu[0], self.W[1]))
        return self._mu[0].assign(h0), self._mu[1].assign(h1)
