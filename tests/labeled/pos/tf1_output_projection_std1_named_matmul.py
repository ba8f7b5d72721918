"""A TF1 recurrent model's output projection: `tf.matmul(hidden, W_out, name=...)` multiplies the hidden state
(width hidden_dim, unknown here) by an unscaled unit-normal column; the `name=` keyword changes nothing of which
side is the fan-in. Std 1 with unknown fan-in is too large, output layer or not (the input side has one
feature: std 1 is fine there)."""

import tensorflow as tf

hidden_dim = int(input("hidden units: "))
W_in = tf.Variable(tf.random_normal(shape=[1, hidden_dim]), name="in_weight")
W_out = tf.Variable(tf.random_normal(shape=[hidden_dim, 1]), name="out_weight")  # expect: INI004
b_out = tf.Variable(tf.zeros(shape=[1, 1]), name="out_bias")

X = tf.placeholder(tf.float32, shape=[None, 1])
Y = tf.placeholder(tf.float32, shape=[None, 1])
hidden = tf.tanh(tf.matmul(X, W_in, name="in_proj"))
prediction = tf.add(tf.matmul(hidden, W_out, name="out_proj"), b_out)
loss = tf.reduce_mean(tf.square(prediction - Y))
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
