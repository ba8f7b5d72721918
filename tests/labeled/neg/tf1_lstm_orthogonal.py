"""TF1 LSTM language model: LSTMCell(initializer=tf.orthogonal_initializer()), softmax weights
from tf.random_uniform_initializer(-0.1, 0.1) (ptb_word_lm init_scale)."""

import tensorflow as tf

num_steps, hidden_size, vocab_size, init_scale = 20, 200, 10000, 0.1

inputs = tf.placeholder(tf.float32, [None, num_steps, hidden_size])
cell = tf.nn.rnn_cell.LSTMCell(hidden_size, initializer=tf.orthogonal_initializer())
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
with tf.variable_scope("softmax", initializer=tf.random_uniform_initializer(-init_scale, init_scale)):
    softmax_w = tf.get_variable("softmax_w", [hidden_size, vocab_size])
    softmax_b = tf.get_variable("softmax_b", [vocab_size])
logits = tf.matmul(tf.reshape(outputs, [-1, hidden_size]), softmax_w) + softmax_b
