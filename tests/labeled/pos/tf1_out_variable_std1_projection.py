"""TF1 NLP tutorial: the output projection is a tf.Variable named `out` drawn with random_normal (std 1)
and multiplied with the 256-wide decoder state: logits start with std ~16 and the softmax saturates."""

import tensorflow as tf

n_hidden, n_class, n_step = 128, 29, 5
enc_inputs = tf.placeholder(tf.float32, [None, None, n_class])
dec_inputs = tf.placeholder(tf.float32, [None, None, n_class])
targets = tf.placeholder(tf.int64, [1, n_step])

out = tf.Variable(tf.random_normal([n_hidden * 2, n_class]))  # expect: INI004

with tf.variable_scope("encode"):
    enc_cell = tf.nn.rnn_cell.BasicRNNCell(n_hidden)
    enc_outputs, enc_state = tf.nn.dynamic_rnn(enc_cell, enc_inputs, dtype=tf.float32)
with tf.variable_scope("decode"):
    dec_cell = tf.nn.rnn_cell.BasicRNNCell(n_hidden)
    dec_outputs, _ = tf.nn.dynamic_rnn(dec_cell, dec_inputs, initial_state=enc_state, dtype=tf.float32)

context = tf.reduce_mean(enc_outputs, 1)
logits = tf.matmul(tf.concat((dec_outputs[:, -1], context), 1), out)
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(logits=logits, labels=targets[:, -1]))
optimizer = tf.train.AdamOptimizer(0.001).minimize(cost)
