"""Deep-learning-course TF1 net done right: He-scaled NumPy draws randn(D, M) * sqrt(2 / D)
converted with .astype(np.float32) into tf.Variable, relu hidden layers, LeCun-scaled logits."""

import numpy as np
import tensorflow as tf


def main(D, K=10):
    M1, M2 = 300, 100
    W1_init = np.random.randn(D, M1) * np.sqrt(2.0 / D)
    W2_init = np.random.randn(M1, M2) * np.sqrt(2.0 / M1)
    W3_init = np.random.randn(M2, K) / np.sqrt(M2)
    X = tf.placeholder(tf.float32, shape=(None, D), name="X")
    W1 = tf.Variable(W1_init.astype(np.float32))
    W2 = tf.Variable(tf.cast(W2_init, tf.float32))
    W3 = tf.Variable(np.float32(W3_init))
    Z1 = tf.nn.relu(tf.matmul(X, W1))
    Z2 = tf.nn.relu(tf.matmul(Z1, W2))
    return tf.matmul(Z2, W3)
