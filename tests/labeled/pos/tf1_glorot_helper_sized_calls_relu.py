"""GCN-style TF1 code: a `glorot(shape)` helper writes the Glorot uniform bound out and every
layer's weight is made by calling it with literal sizes; W1 feeds ReLU, so the Xavier scale
shrinks the signal (He is the ReLU scale)."""
import numpy as np
import tensorflow as tf


def glorot(shape, name=None):
    init_range = np.sqrt(6.0 / (shape[0] + shape[1]))
    initial = tf.random_uniform(shape, minval=-init_range, maxval=init_range, dtype=tf.float32)  # expect: INI101
    return tf.Variable(initial, name=name)


W1 = glorot([784, 256], name="W1")
b1 = tf.Variable(tf.zeros([256]))
W2 = glorot([256, 10], name="W2")
b2 = tf.Variable(tf.zeros([10]))


def model(x):
    h = tf.nn.relu(tf.matmul(x, W1) + b1)
    return tf.matmul(h, W2) + b2
