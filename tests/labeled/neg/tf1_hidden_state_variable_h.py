"""TF1 RNN demo: `h` is the recurrent state, a variable of zeros the step multiplies by the recurrent weight
(`tf.matmul(h, W)`); the weight itself is scaled by its fan-in."""

import numpy as np
import tensorflow as tf

batch_size, n_hidden = 64, 128
h = tf.Variable(tf.zeros([batch_size, n_hidden]), trainable=False)
W = tf.Variable(tf.random_normal([n_hidden, n_hidden]) / np.sqrt(n_hidden))
x = tf.placeholder("float", [batch_size, n_hidden])
h_next = tf.tanh(tf.matmul(h, W) + x)
update = tf.assign(h, h_next)
loss = tf.reduce_mean(tf.square(h_next))
optimizer = tf.train.AdamOptimizer(0.001).minimize(loss)
