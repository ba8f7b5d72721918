"""TF1 graph code: tf.random_normal_initializer() with no arguments is N(0, 1) in TensorFlow 1, used as
the initializer of a 784-input hidden layer."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
with tf.variable_scope("hidden"):
    W = tf.get_variable("W", [784, 256], initializer=tf.random_normal_initializer())  # expect: INI004
    h = tf.nn.relu(tf.matmul(x, W))
logits = tf.layers.dense(h, 10)
