"""The Udacity LSTM assignment's gate weights: `tf.truncated_normal(shape, -0.1, 0.1)` reads like the range
[-0.1, 0.1], but the positional arguments are the mean and the stddev: every weight starts around -0.1."""

import tensorflow as tf

vocabulary_size, num_nodes = 27, 64
graph = tf.Graph()
with graph.as_default():
    ix = tf.Variable(tf.truncated_normal([vocabulary_size, num_nodes], -0.1, 0.1))  # expect: INI006
    im = tf.Variable(tf.truncated_normal([num_nodes, num_nodes], -0.1, 0.1))  # expect: INI006
    ib = tf.Variable(tf.zeros([1, num_nodes]))
    w = tf.Variable(tf.truncated_normal([num_nodes, vocabulary_size], -0.1, 0.1))  # expect: INI006
    b = tf.Variable(tf.zeros([vocabulary_size]))

    def lstm_cell(i, o, state):
        input_gate = tf.sigmoid(tf.matmul(i, ix) + tf.matmul(o, im) + ib)
        state = input_gate * tf.tanh(state)
        return input_gate * tf.tanh(state), state

    output, state = lstm_cell(tf.zeros([1, vocabulary_size]), tf.zeros([1, num_nodes]), tf.zeros([1, num_nodes]))
    logits = tf.matmul(output, w) + b
