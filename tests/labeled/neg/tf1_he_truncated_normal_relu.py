"""TF1 fully connected layers with He scaling tf.truncated_normal(shape, stddev=sqrt(2 / fan_in))
and tf.nn.relu, zero biases."""

import numpy as np
import tensorflow as tf


def fc_layer(x, n_in, n_out, relu=True):
    W = tf.Variable(tf.truncated_normal([n_in, n_out], stddev=np.sqrt(2.0 / n_in)))
    b = tf.Variable(tf.zeros([n_out]))
    z = tf.matmul(x, W) + b
    return tf.nn.relu(z) if relu else z


x = tf.placeholder(tf.float32, [None, 784])
h1 = fc_layer(x, 784, 512)
h2 = fc_layer(h1, 512, 512)
logits = fc_layer(h2, 512, 10, relu=False)
