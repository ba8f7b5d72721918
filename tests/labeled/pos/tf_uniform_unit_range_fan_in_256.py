"""U(-1, 1) on a projection with fan-in 256: std 0.58, a variance gain of 256 / 3 = 85 per layer. Far too
large."""

import tensorflow as tf

decoder_hidden_units = 256
vocab_size = 10
W = tf.Variable(tf.random_uniform([decoder_hidden_units, vocab_size], -1, 1), dtype=tf.float32)  # expect: INI004
b = tf.Variable(tf.zeros([vocab_size]), dtype=tf.float32)
decoder_outputs = tf.placeholder(tf.float32, [None, decoder_hidden_units])
logits = tf.add(tf.matmul(decoder_outputs, W), b)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=tf.zeros_like(logits), logits=logits))
train_op = tf.train.AdamOptimizer().minimize(loss)
