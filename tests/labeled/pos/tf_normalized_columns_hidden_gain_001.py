"""universe-starter-agent's normalized_columns_initializer (A3C code): a unit normal draw whose columns are
normalised to norm `std`. 0.01 on the policy logits is a tuning choice; on the hidden ReLU layer each entry is a
hundredth of LeCun's std at any fan-in."""
import numpy as np
import tensorflow as tf


def normalized_columns_initializer(std=1.0):
    def _initializer(shape, dtype=None, partition_info=None):
        out = np.random.randn(*shape).astype(np.float32)
        out *= std / np.sqrt(np.square(out).sum(axis=0, keepdims=True))
        return tf.constant(out)
    return _initializer


def policy(x, n_actions):
    x = tf.layers.dense(x, 256, activation=tf.nn.relu, kernel_initializer=normalized_columns_initializer(0.01))  # expect: INI003
    logits = tf.layers.dense(x, n_actions, kernel_initializer=normalized_columns_initializer(0.01))
    value = tf.layers.dense(x, 1, kernel_initializer=normalized_columns_initializer(1.0))
    return logits, value
