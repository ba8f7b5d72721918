"""Research code (TF1 via compat.v1): variables added with `self.params.update({...})`; the positional
0.01 of np.random.normal is the mean (loc), so the weights keep std 1."""

import numpy as np
import tensorflow as tf


class LinReg:
    def __init__(self, n_x):
        self.n_x = n_x
        self.params = {}

    def get_variables(self):
        self.params.update({
            "W": tf.Variable(np.random.normal(0.01, size=(self.n_x, self.n_x)), dtype=tf.float32),  # expect: INI006
            "b": tf.Variable(np.zeros((self.n_x, 1)), dtype=tf.float32),
        })

    def forward(self, mu):
        return tf.matmul(mu, self.params["W"]) + tf.reshape(self.params["b"], [1, -1])
