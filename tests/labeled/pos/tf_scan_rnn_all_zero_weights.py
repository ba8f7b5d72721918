"""A hand-written TF1 RNN stepped with tf.scan whose input and recurrent matrices both start at
zero: the step's tanh output is identical for every unit, and what tf.map_fn then feeds the output
layer never differentiates (both reported; a zero recurrent matrix next to a random input one
would be fine)."""

import tensorflow as tf

element_size, hidden, num_classes = 28, 128, 10
inputs = tf.placeholder(tf.float32, shape=[None, None, element_size])

Wx = tf.Variable(tf.zeros([element_size, hidden]))  # expect: INI001
Wh = tf.Variable(tf.zeros([hidden, hidden]))  # expect: INI001
b_rnn = tf.Variable(tf.zeros([hidden]))


def rnn_step(previous_hidden_state, x):
    return tf.tanh(tf.matmul(previous_hidden_state, Wh) + tf.matmul(x, Wx) + b_rnn)


states = tf.scan(rnn_step, tf.transpose(inputs, perm=[1, 0, 2]), initializer=tf.zeros([32, hidden]))
Wl = tf.Variable(tf.truncated_normal([hidden, num_classes], mean=0, stddev=.01))


def get_linear_layer(hidden_state):
    return tf.matmul(hidden_state, Wl)


outputs = tf.map_fn(get_linear_layer, states)
