"""A TF1 GAN generator keeps its variables in dicts and multiplies with `tf.nn.xw_plus_b(x, W, b)`: the
Xavier initializer bound once reaches the hidden layer, whose output goes through ReLU."""

import tensorflow as tf


class Generator:
    def __init__(self, z_dims=100, x_dims=784):
        self._W, self._b = {}, {}
        w_init = tf.contrib.layers.xavier_initializer()  # expect: INI101
        with tf.variable_scope("generator"):
            self._W["1"] = tf.get_variable("w1", [z_dims, 128], initializer=w_init)
            self._b["1"] = tf.get_variable("b1", [128], initializer=tf.zeros_initializer())
            self._W["2"] = tf.get_variable("w2", [128, x_dims], initializer=w_init)
            self._b["2"] = tf.get_variable("b2", [x_dims], initializer=tf.zeros_initializer())
        self._inputs = tf.placeholder(tf.float32, [None, z_dims])
        self._hidden = tf.nn.relu(tf.nn.xw_plus_b(self._inputs, self._W["1"], self._b["1"]))
        self._probs = tf.sigmoid(tf.nn.xw_plus_b(self._hidden, self._W["2"], self._b["2"]))
