"""TF1 char-RNN written by hand: the recurrent state is a non-trainable tf.Variable of zeros that the
step multiplies with W_hh; a state, not a weight (only W_xh/W_hh/W_hy are trained)."""

import tensorflow as tf

vocab, n_hidden, batch = 65, 128, 32
x = tf.placeholder(tf.float32, [batch, vocab])
W_xh = tf.Variable(tf.random_normal([vocab, n_hidden], stddev=0.01 * 10))
W_hh = tf.Variable(tf.orthogonal_initializer()([n_hidden, n_hidden]))
W_hy = tf.Variable(tf.glorot_uniform_initializer()([n_hidden, vocab]))
hidden = tf.Variable(tf.zeros([batch, n_hidden]), trainable=False)
output = tf.Variable(tf.zeros([batch, vocab]), trainable=False)

new_hidden = tf.tanh(tf.matmul(x, W_xh) + tf.matmul(hidden, W_hh))
step = tf.group(hidden.assign(new_hidden), output.assign(tf.matmul(new_hidden, W_hy)))
