"""The same notebook style, but the variables are multiplied with an input placeholder and activated: a network's
forward pass (its training may live in another cell or file), so the unscaled std-1 weight is judged."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
W1 = tf.Variable(tf.random_normal([784, 256]))  # expect: INI004
b1 = tf.Variable(tf.zeros([256]))
W2 = tf.Variable(tf.random_normal([256, 10]) * 0.01)
hidden = tf.nn.relu(tf.matmul(x, W1) + b1)
logits = tf.matmul(hidden, W2)
sess = tf.InteractiveSession()
sess.run(tf.global_variables_initializer())
print(sess.run(logits, feed_dict={x: [[0.0] * 784]}).shape)
