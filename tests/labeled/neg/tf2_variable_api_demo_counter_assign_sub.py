"""A TF2 tutorial's tour of tf.Variable: a random matrix made, multiplied with another variable and printed; the
only `assign_sub` decrements a counter (no learning rate, no gradient): no network is trained."""

import tensorflow as tf

W = tf.Variable(tf.random.normal([784, 256]))
V = tf.Variable(tf.random.normal([256, 10]))
print(W.shape, W.dtype)
print(tf.matmul(W, V).shape)

counter = tf.Variable(10)
counter.assign_sub(1)
print(counter.numpy())
