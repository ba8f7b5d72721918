"""The same LSTM weights written with a zero mean positionally, `tf.truncated_normal(shape, 0.0, 0.1)`: mean 0,
stddev 0.1, as meant."""

import tensorflow as tf

vocabulary_size, num_nodes = 27, 64
graph = tf.Graph()
with graph.as_default():
    ix = tf.Variable(tf.truncated_normal([vocabulary_size, num_nodes], 0.0, 0.1))
    im = tf.Variable(tf.truncated_normal([num_nodes, num_nodes], 0.0, 0.1))
    ib = tf.Variable(tf.zeros([1, num_nodes]))

    def lstm_cell(i, o):
        return tf.sigmoid(tf.matmul(i, ix) + tf.matmul(o, im) + ib)

    output = lstm_cell(tf.zeros([1, vocabulary_size]), tf.zeros([1, num_nodes]))
