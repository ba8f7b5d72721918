"""TF1 RNN demo whose recurrent state `h` starts from a random draw: it is the left operand of the product
(`tf.matmul(h, W)`), a state multiplied with the weight, not a weight."""

import numpy as np
import tensorflow as tf

batch_size, n_hidden = 64, 128
h = tf.Variable(tf.random_normal([batch_size, n_hidden]))
W = tf.Variable(tf.random_normal([n_hidden, n_hidden]) / np.sqrt(n_hidden))
x = tf.placeholder("float", [batch_size, n_hidden])
h_next = tf.tanh(tf.matmul(h, W) + x)
update = tf.assign(h, h_next)
loss = tf.reduce_mean(tf.square(h_next))
optimizer = tf.train.AdamOptimizer(0.001).minimize(loss)
