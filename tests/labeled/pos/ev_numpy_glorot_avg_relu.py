"""Lazyprogrammer-style NumPy/TF net: W = randn(fan_in, M) / sqrt(fan_in + M) (the Glorot
averaging of fan-in and fan-out) on the hidden layer that feeds tf.nn.relu."""

import numpy as np
import tensorflow as tf


def build(D, M, K):
    W1_init = np.random.randn(D, M) / np.sqrt(D + M)  # expect: INI101
    b1_init = np.zeros(M, dtype=np.float32)
    W2_init = np.random.randn(M, K) / np.sqrt(M + K)
    b2_init = np.zeros(K, dtype=np.float32)
    X = tf.placeholder(tf.float32, shape=(None, D))
    W1 = tf.Variable(W1_init.astype(np.float32))
    b1 = tf.Variable(b1_init)
    W2 = tf.Variable(W2_init.astype(np.float32))
    b2 = tf.Variable(b2_init)
    Z1 = tf.nn.relu(tf.matmul(X, W1) + b1)
    return tf.matmul(Z1, W2) + b2
