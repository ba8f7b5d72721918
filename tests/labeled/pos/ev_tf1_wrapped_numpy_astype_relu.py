"""Deep-learning-course style TF1 net: W1_init = randn(D, M1) / sqrt(D) (LeCun) wrapped as
tf.Variable(W1_init.astype(np.float32)); the hidden layers feed tf.nn.relu (He needs sqrt(2 / D))."""

import numpy as np
import tensorflow as tf


def main(Xtrain, D, K=10):
    M1, M2 = 300, 100
    W1_init = np.random.randn(D, M1) / np.sqrt(D)  # expect: INI101
    b1_init = np.zeros(M1)
    W2_init = np.random.randn(M1, M2) / np.sqrt(M1)  # expect: INI101
    b2_init = np.zeros(M2)
    W3_init = np.random.randn(M2, K) / np.sqrt(M2)
    X = tf.placeholder(tf.float32, shape=(None, D), name="X")
    W1 = tf.Variable(W1_init.astype(np.float32))
    b1 = tf.Variable(b1_init.astype(np.float32))
    W2 = tf.Variable(W2_init.astype(np.float32))
    b2 = tf.Variable(b2_init.astype(np.float32))
    W3 = tf.Variable(W3_init.astype(np.float32))
    Z1 = tf.nn.relu(tf.matmul(X, W1) + b1)
    Z2 = tf.nn.relu(tf.matmul(Z1, W2) + b2)
    return tf.matmul(Z2, W3)
