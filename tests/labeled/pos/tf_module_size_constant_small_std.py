"""A module-level size that stays what it is written (HIDDEN = 4096, never changed): stddev 0.001 on the
hidden layer is under a tenth of He at fan-in 784 (0.005)."""

import tensorflow as tf

N_IN = 784
HIDDEN = 4096


def weight_variable(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.001))  # expect: INI003


x = tf.placeholder(tf.float32, [None, N_IN])
W1 = weight_variable([N_IN, HIDDEN])
b1 = tf.Variable(tf.zeros([HIDDEN]))
h1 = tf.nn.relu(tf.matmul(x, W1) + b1)
W2 = weight_variable([HIDDEN, 10])
logits = tf.matmul(h1, W2)
train_step = tf.train.AdamOptimizer(1e-4).minimize(tf.reduce_mean(logits))
