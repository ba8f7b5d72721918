"""Theano-to-TF course net with tanh hidden units: randn(D, M) / sqrt(D) (LeCun, right for tanh)
wrapped as tf.Variable(W_init.astype(np.float32))."""

import numpy as np
import tensorflow as tf


class HiddenLayer:
    def __init__(self, M1, M2):
        W_init = np.random.randn(M1, M2) / np.sqrt(M1)
        b_init = np.zeros(M2)
        self.W = tf.Variable(W_init.astype(np.float32))
        self.b = tf.Variable(b_init.astype(np.float32))

    def forward(self, X):
        return tf.nn.tanh(tf.matmul(X, self.W) + self.b)
