"""A baselines-style Q network defining its own normc_initializer: gain sqrt(2) (He scale) on the
ReLU hidden layers and a small 0.01 gain on the Q-value output."""

import numpy as np
import tensorflow as tf


def normc_initializer(std=1.0, axis=0):
    def _initializer(shape, dtype=None, partition_info=None):
        out = np.random.randn(*shape).astype(np.float32)
        out *= std / np.sqrt(np.square(out).sum(axis=axis, keepdims=True))
        return tf.constant(out)
    return _initializer


def q_network(obs, n_actions):
    h = tf.nn.relu(tf.layers.dense(obs, 256, kernel_initializer=normc_initializer(np.sqrt(2))))
    h = tf.nn.relu(tf.layers.dense(h, 256, kernel_initializer=normc_initializer(np.sqrt(2))))
    return tf.layers.dense(h, n_actions, kernel_initializer=normc_initializer(0.01))
