"""The VAE tutorials' `xavier_init(fan_in, fan_out, constant=1)` helper (a uniform bound of
constant * sqrt(6 / (fan_in + fan_out)), Glorot's) used for the hidden layers of a ReLU network: ReLU halves
the variance Glorot keeps, layer by layer."""

import numpy as np
import tensorflow as tf


def xavier_init(fan_in, fan_out, constant=1):
    low = -constant * np.sqrt(6.0 / (fan_in + fan_out))
    high = constant * np.sqrt(6.0 / (fan_in + fan_out))
    return tf.random_uniform((fan_in, fan_out), minval=low, maxval=high, dtype=tf.float32)  # expect: INI101


x = tf.placeholder(tf.float32, [None, 784])
y = tf.placeholder(tf.float32, [None, 10])
w1 = tf.Variable(xavier_init(784, 500))
w2 = tf.Variable(xavier_init(500, 10))
h1 = tf.nn.relu(tf.matmul(x, w1))
logits = tf.matmul(h1, w2)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(1e-3).minimize(loss)
