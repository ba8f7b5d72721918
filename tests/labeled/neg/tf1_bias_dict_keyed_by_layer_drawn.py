"""TF1 regression notebook (mixture-density tutorial style): weights and biases in two dicts keyed by layer
name, the biases drawn with std 1. `b["l1"]` is a bias (its dict says so); only the 20x1 weight is judged."""

import tensorflow as tf

x = tf.placeholder(dtype=tf.float32, shape=[None, 1])
y = tf.placeholder(dtype=tf.float32, shape=[None, 1])
NHIDDEN = 20
W = {
    "l1": tf.Variable(tf.random_normal([1, NHIDDEN], stddev=1.0, dtype=tf.float32)),
    "l2": tf.Variable(tf.random_normal([NHIDDEN, 1], stddev=0.2, dtype=tf.float32)),
}
b = {
    "l1": tf.Variable(tf.random_normal([1, NHIDDEN], stddev=1.0, dtype=tf.float32)),
    "l2": tf.Variable(tf.random_normal([1, 1], stddev=1.0, dtype=tf.float32)),
}


def mlp(_x, _W, _b):
    l1 = tf.nn.tanh(tf.matmul(_x, _W["l1"]) + _b["l1"])
    return tf.matmul(l1, _W["l2"]) + _b["l2"]


pred = mlp(x, W, b)
loss = tf.nn.l2_loss(pred - y)
optm = tf.train.RMSPropOptimizer(learning_rate=0.1).minimize(loss)
