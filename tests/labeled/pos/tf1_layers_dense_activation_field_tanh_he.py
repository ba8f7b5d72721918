"""A mixture density network (TF1 research code): the hidden activation is a constructor parameter stored on the
instance (`_actv=tf.nn.tanh`) and handed to `tf.layers.dense(..., activation=self.actv)`; the kernels are drawn
with He, which is too large for tanh units."""

import tensorflow as tf


class MDN(object):
    def __init__(self, x_dim=2, y_dim=1, k=5, hids=(64, 64), actv=tf.nn.tanh):
        self.x_dim = x_dim
        self.y_dim = y_dim
        self.k = k
        self.hids = hids
        self.actv = actv
        self._build_graph()

    def _build_graph(self):
        self.x = tf.placeholder(shape=[None, self.x_dim], dtype=tf.float32, name="x")
        net = self.x
        for h_idx, hid in enumerate(self.hids):
            net = tf.layers.dense(net, hid, activation=self.actv,
                                  kernel_initializer=tf.keras.initializers.he_normal(),  # expect: INI102
                                  name="hid_%d" % h_idx)
        self.pi = tf.nn.softmax(tf.layers.dense(net, self.k, name="pi"), axis=1)
        self.mu = tf.layers.dense(net, self.y_dim * self.k, name="mu")
        self.loss = -tf.reduce_mean(tf.log(tf.reduce_sum(self.pi, axis=1)))
        self.optm = tf.train.AdamOptimizer(1e-3).minimize(self.loss)
