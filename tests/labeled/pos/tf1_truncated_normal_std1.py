"""TF1 fully connected layer with tf.truncated_normal([3136, 1024], stddev=1.0):
std 1 over 3136 inputs."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 7 * 7 * 64])
W_fc1 = tf.Variable(tf.truncated_normal([7 * 7 * 64, 1024], stddev=1.0))  # expect: INI004
b_fc1 = tf.Variable(tf.constant(0.1, shape=[1024]))
h_fc1 = tf.nn.relu(tf.matmul(x, W_fc1) + b_fc1)
W_fc2 = tf.Variable(tf.truncated_normal([1024, 10], stddev=0.03))
logits = tf.matmul(h_fc1, W_fc2)
