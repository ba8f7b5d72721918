"""The tf.scan RNN with a random input matrix and a zero recurrent one: the recurrence starts at
zero but is summed with a live input path, so it trains (RULES keeps it silent)."""

import tensorflow as tf

element_size, hidden, num_classes = 28, 128, 10
inputs = tf.placeholder(tf.float32, shape=[None, None, element_size])

Wx = tf.Variable(tf.truncated_normal([element_size, hidden], stddev=1.0 / element_size ** 0.5))
Wh = tf.Variable(tf.zeros([hidden, hidden]))


def rnn_step(previous_hidden_state, x):
    return tf.tanh(tf.matmul(previous_hidden_state, Wh) + tf.matmul(x, Wx))


states = tf.scan(rnn_step, tf.transpose(inputs, perm=[1, 0, 2]), initializer=tf.zeros([32, hidden]))
Wl = tf.Variable(tf.truncated_normal([hidden, num_classes], mean=0, stddev=.01))


def get_linear_layer(hidden_state):
    return tf.matmul(hidden_state, Wl)


outputs = tf.map_fn(get_linear_layer, states)
