"""TF1 word2vec tutorial: NCE output weights drawn U(-1, 1) over [vocabulary, embedding_size] with a
2-D embedding for plotting. The embedding side (2) may be the fan-in: std 0.58 is not too large there."""

import tensorflow as tf

embedding_size = 2
num_sampled = 15
voc_size = len(set(open("corpus.txt").read().split()))

inputs = tf.placeholder(tf.int32, shape=[None])
labels = tf.placeholder(tf.int32, shape=[None, 1])
embeddings = tf.Variable(tf.random_uniform([voc_size, embedding_size], -1.0, 1.0))
selected_embed = tf.nn.embedding_lookup(embeddings, inputs)
nce_weights = tf.Variable(tf.random_uniform([voc_size, embedding_size], -1.0, 1.0))
nce_biases = tf.Variable(tf.zeros([voc_size]))
loss = tf.reduce_mean(tf.nn.nce_loss(nce_weights, nce_biases, labels, selected_embed, num_sampled, voc_size))
train_op = tf.train.AdamOptimizer(0.1).minimize(loss)
