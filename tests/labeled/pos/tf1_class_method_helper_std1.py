"""TF1 agent written as a class: a method helper `self.weight_variable(shape)` returns
tf.Variable(tf.random_normal(shape)) (std 1) and builds every hidden weight; fan-in 784 makes the ReLU
pre-activations start with std ~28."""

import tensorflow as tf


class QNetwork:
    def __init__(self, state_dim=784, n_actions=4, hidden=256):
        self.state_input = tf.placeholder(tf.float32, [None, state_dim])
        W1 = self.weight_variable([state_dim, hidden])
        b1 = self.bias_variable([hidden])
        W2 = self.weight_variable([hidden, n_actions])
        b2 = self.bias_variable([n_actions])
        h = tf.nn.relu(tf.matmul(self.state_input, W1) + b1)
        self.q_values = tf.matmul(h, W2) + b2
        self.loss = tf.reduce_mean(tf.square(self.q_values))
        self.train_op = tf.train.AdamOptimizer(1e-4).minimize(self.loss)

    def weight_variable(self, shape):
        return tf.Variable(tf.random_normal(shape))  # expect: INI004

    def bias_variable(self, shape):
        return tf.Variable(tf.constant(0.01, shape=shape))
