"""TF1 cookbook-style helper: init_weight(shape, st_dev) draws random_normal(shape, stddev=st_dev) and
every call passes st_dev=10.0 for ReLU layers of fan-in 25 and up: std 10 explodes the activations."""

import tensorflow as tf


def init_weight(shape, st_dev):
    weight = tf.Variable(tf.random_normal(shape, stddev=st_dev))  # expect: INI004
    return weight


x = tf.placeholder(tf.float32, [None, 64])
weight_1 = init_weight(shape=[64, 25], st_dev=10.0)
layer_1 = tf.nn.relu(tf.matmul(x, weight_1))
weight_2 = init_weight(shape=[25, 10], st_dev=10.0)
layer_2 = tf.nn.relu(tf.matmul(layer_1, weight_2))
out = tf.matmul(layer_2, init_weight(shape=[10, 1], st_dev=10.0))
train = tf.train.AdamOptimizer(0.01).minimize(tf.reduce_mean(out))
