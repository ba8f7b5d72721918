"""A notebook's single-layer softmax regression with zero weights (no hidden unit: fine), and a later
cell's helper that binds its own local `W` and feeds it to relu. One name in two scopes is two tensors:
the helper's relu is not the regression's consumer."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
y = tf.matmul(x, W) + b
y_true = tf.placeholder(tf.float32, [None, 10])
cross_entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y))
train_step = tf.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)


def fully_connected_relu(inputs, size_in, size_out):
    W = tf.Variable(tf.truncated_normal([size_in, size_out], stddev=0.1))
    b = tf.Variable(tf.truncated_normal([size_out], stddev=0.1))
    return tf.nn.relu(tf.matmul(inputs, W) + b)


def fully_connected(inputs, size_in, size_out):
    W = tf.Variable(tf.truncated_normal([size_in, size_out], stddev=0.1))
    b = tf.Variable(tf.truncated_normal([size_out], stddev=0.1))
    return tf.matmul(inputs, W) + b


hidden = fully_connected_relu(x, 784, 100)
output = fully_connected(hidden, 100, 10)
