"""The same from-scratch dense layer with Glorot weights, its hidden instances built with tanh and the
output with softmax: Glorot is what tanh calls for."""

import tensorflow as tf


class DenseLayer(tf.Module):
    def __init__(self, in_dim, out_dim, activation=tf.identity):
        self.w = tf.Variable(tf.keras.initializers.GlorotUniform()(shape=(in_dim, out_dim)))
        self.b = tf.Variable(tf.zeros(shape=(out_dim,)))
        self.activation = activation

    def __call__(self, x):
        return self.activation(tf.matmul(x, self.w) + self.b)


hidden1 = DenseLayer(784, 256, activation=tf.nn.tanh)
hidden2 = DenseLayer(256, 128, activation=tf.nn.tanh)
output = DenseLayer(128, 10, activation=tf.nn.softmax)


def model(x):
    return output(hidden2(hidden1(x)))
