"""RL tutorial (dueling DQN, TF1): the advantage and value heads are tf.Variables named AW and VW,
multiplied with the streams; unscaled random_normal over 256 inputs gives logits of std 16."""

import tensorflow as tf


class Qnetwork:
    def __init__(self, h_size, n_actions):
        self.streamA = tf.placeholder(tf.float32, [None, h_size // 2])
        self.streamV = tf.placeholder(tf.float32, [None, h_size // 2])
        self.AW = tf.Variable(tf.random_normal([h_size // 2, n_actions]))  # expect: INI004
        self.VW = tf.Variable(tf.random_normal([h_size // 2, 1]))  # expect: INI004
        self.Advantage = tf.matmul(self.streamA, self.AW)
        self.Value = tf.matmul(self.streamV, self.VW)
        self.Qout = self.Value + tf.subtract(self.Advantage, tf.reduce_mean(self.Advantage, axis=1, keep_dims=True))
        self.trainer = tf.train.AdamOptimizer(learning_rate=0.0001)
