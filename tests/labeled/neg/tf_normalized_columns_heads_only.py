"""A3C heads with normalized_columns_initializer: 0.01 on the policy logits (a near-uniform first policy) and
1.0 on the value head are deliberate; the hidden ReLU layer has column norm sqrt(2), the He scale."""
import numpy as np
import tensorflow as tf


def normalized_columns_initializer(std=1.0):
    def _initializer(shape, dtype=None, partition_info=None):
        out = np.random.randn(*shape).astype(np.float32)
        out *= std / np.sqrt(np.square(out).sum(axis=0, keepdims=True))
        return tf.constant(out)
    return _initializer


def policy(x, n_actions):
    x = tf.layers.dense(x, 256, activation=tf.nn.relu, kernel_initializer=normalized_columns_initializer(np.sqrt(2)))
    logits = tf.layers.dense(x, n_actions, kernel_initializer=normalized_columns_initializer(0.01))
    value = tf.layers.dense(x, 1, kernel_initializer=normalized_columns_initializer(1.0))
    return logits, value
