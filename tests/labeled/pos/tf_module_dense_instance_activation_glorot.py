"""A from-scratch `tf.Module` dense layer that draws Glorot weights and applies the activation each
instance is built with. The two hidden instances pass ReLU (the output keeps the identity): their
Glorot weights feed ReLU, which wants He."""

import tensorflow as tf


class DenseLayer(tf.Module):
    def __init__(self, in_dim, out_dim, activation=tf.identity):
        self.w = tf.Variable(tf.keras.initializers.GlorotUniform()(shape=(in_dim, out_dim)))  # expect: INI101
        self.b = tf.Variable(tf.zeros(shape=(out_dim,)))
        self.activation = activation

    def __call__(self, x):
        z = tf.add(tf.matmul(x, self.w), self.b)
        return self.activation(z)


class MLP(tf.Module):
    def __init__(self, layers):
        self.layers = layers

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


mlp_model = MLP([
    DenseLayer(784, 700, activation=tf.nn.relu),
    DenseLayer(700, 500, activation=tf.nn.relu),
    DenseLayer(500, 10)])
