"""TF1 tf.get_variable with tf.contrib.layers.xavier_initializer() for a tanh hidden layer and
tf.zeros_initializer() biases (Xavier is the tanh pairing)."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 50])
with tf.variable_scope("encoder"):
    W1 = tf.get_variable("W1", [50, 100], initializer=tf.contrib.layers.xavier_initializer())
    b1 = tf.get_variable("b1", [100], initializer=tf.zeros_initializer())
    h1 = tf.nn.tanh(tf.matmul(x, W1) + b1)
    W2 = tf.get_variable("W2", [100, 10], initializer=tf.contrib.layers.xavier_initializer())
    b2 = tf.get_variable("b2", [10], initializer=tf.zeros_initializer())
    logits = tf.matmul(h1, W2) + b2
