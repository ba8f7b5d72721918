"""A helper returning a plain TF tensor that this file wraps in a Variable and multiplies with its input:
the constant fill is the hidden layer's trained weight."""

import tensorflow as tf


def constant_kernel(n_in, n_out):
    return tf.ones([n_in, n_out])  # expect: INI002


W1 = tf.Variable(constant_kernel(784, 256))
b1 = tf.Variable(tf.zeros([256]))
W2 = tf.Variable(tf.random.normal([256, 10], stddev=0.05))
optimizer = tf.keras.optimizers.SGD(0.1)


def forward(x):
    return tf.matmul(tf.nn.relu(tf.matmul(x, W1) + b1), W2)
