"""The TF MNIST tutorial computes the flattened size at module level: `hp2_size = 1`, then multiplied by each
dimension in a loop (7 * 7 * 64 = 3136). stddev 0.1 at fan-in 3136 is above a tenth of He (0.025): silent.
The name's first number (1) is not the size the layer is built with."""

import tensorflow as tf


def weight_variable(shape):
    initial = tf.truncated_normal(shape, stddev=0.1)
    return tf.Variable(initial)


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 7, 7, 64])
hp2_size = 1
for d in x.get_shape()[1:].as_list():
    hp2_size *= d

W_fc1 = weight_variable([hp2_size, 1024])
b_fc1 = bias_variable([1024])
h_fc1 = tf.nn.relu(tf.matmul(tf.reshape(x, [-1, hp2_size]), W_fc1) + b_fc1)
W_fc2 = weight_variable([1024, 10])
b_fc2 = bias_variable([10])
logits = tf.matmul(h_fc1, W_fc2) + b_fc2
train_step = tf.train.AdamOptimizer(1e-4).minimize(tf.reduce_mean(logits))
