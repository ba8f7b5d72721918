"""TF1 agent written as a class: the method helper draws truncated_normal(stddev=0.1), the classic TF
tutorial choice; with fan-in 256 and 64 that is He-sized (sqrt(2/256) = 0.088), nothing to report."""

import tensorflow as tf


class PolicyNetwork:
    def __init__(self, state_dim=256, n_actions=4, hidden=64):
        self.state_input = tf.placeholder(tf.float32, [None, state_dim])
        W1 = self.weight_variable([state_dim, hidden])
        W2 = self.weight_variable([hidden, n_actions])
        h = tf.nn.relu(tf.matmul(self.state_input, W1))
        self.logits = tf.matmul(h, W2)
        self.train_op = tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(tf.square(self.logits)))

    def weight_variable(self, shape):
        initial = tf.truncated_normal(shape, stddev=0.1)
        return tf.Variable(initial)
