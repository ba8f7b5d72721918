"""A TF1 tutorial cell on variables: random and constant matrices made as tf.Variable, evaluated and multiplied
with each other to show shapes, in a notebook that never trains anything. API demos, not network weights."""

import tensorflow as tf

sess = tf.InteractiveSession()
W1 = tf.Variable(tf.random_normal([10, 25]))
W3 = tf.Variable(tf.ones([5, 5]))
first = tf.Variable(tf.random_uniform([5, 20]))
second = tf.Variable(tf.random_uniform([20, 10]))
sess.run(tf.global_variables_initializer())
print(W3.eval(session=sess))
print(sess.run(tf.matmul(first, second)).shape)
print(sess.run(W1 * 2).mean())
