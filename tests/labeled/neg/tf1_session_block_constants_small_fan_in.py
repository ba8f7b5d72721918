"""A TF1 script written inside `with tf.compat.v1.Session() as sess:`: the sizes are constants bound in that block
(`n_inputs = 2`, `n_neurons = 3`), so the unit-normal weights of this tiny unrolled RNN have fan-in 2 and 3, where
std 1 is fine (RULES: known fan-in decides; std 1 with fan-in < 16 is silent)."""

import tensorflow as tf

with tf.compat.v1.Session() as sess:
    n_inputs = 2
    n_neurons = 3
    x0 = tf.compat.v1.placeholder(tf.float32, [None, n_inputs])
    x1 = tf.compat.v1.placeholder(tf.float32, [None, n_inputs])
    Wx = tf.Variable(tf.random.normal(shape=[n_inputs, n_neurons]))
    Wy = tf.Variable(tf.random.normal(shape=[n_neurons, n_neurons]))
    b = tf.Variable(tf.zeros([1, n_neurons]))
    y0 = tf.tanh(tf.matmul(x0, Wx) + b)
    y1 = tf.tanh(tf.matmul(y0, Wy) + tf.matmul(x1, Wx) + b)
    sess.run(tf.compat.v1.global_variables_initializer())
