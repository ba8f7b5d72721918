"""A graph-convolution layer from a research code base: the filter matrix `K` (its name says nothing of its role)
is created with `add_weight` and an initializer of Ones, then multiplied with the node features: every column
of the product is the same, so its units never differ."""

import tensorflow as tf
from tensorflow import keras


class GCNLayer(keras.layers.Layer):
    def __init__(self, out_dim, k_dim=16, act="relu"):
        super().__init__()
        self.out_dim = out_dim
        self.k_dim = k_dim
        self.act = keras.activations.get(act)

    def build(self, input_shape):
        X_shape, A_shape = input_shape
        vert_dim = X_shape[-1]
        self.W = self.add_weight("W", shape=[vert_dim, self.out_dim], trainable=True,
                                 initializer=tf.initializers.HeNormal)
        self.K = self.add_weight("K", shape=[vert_dim, self.k_dim], trainable=True,
                                 initializer=tf.initializers.Ones)  # expect: INI002

    def call(self, inputs):
        X, A = inputs
        XK = tf.linalg.matmul(X, self.K)
        A_filter = tf.nn.sigmoid(tf.matmul(XK, XK, adjoint_b=True))
        XW = tf.linalg.matmul(X, self.W)
        return self.act(tf.linalg.matmul(A * A_filter, XW))
