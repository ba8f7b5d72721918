"""TF1 regression notebook: weights and biases in dicts keyed by layer name, every tensor drawn with std 1.
The 20x1 output weight has fan-in 20: std 1 is far too large (the biases are fine)."""

import tensorflow as tf

x = tf.placeholder(dtype=tf.float32, shape=[None, 1])
y = tf.placeholder(dtype=tf.float32, shape=[None, 1])
NHIDDEN = 20
W = {
    "l1": tf.Variable(tf.random_normal([1, NHIDDEN], stddev=1.0, dtype=tf.float32)),
    "l2": tf.Variable(tf.random_normal([NHIDDEN, 1], stddev=1.0, dtype=tf.float32)),  # expect: INI004
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
