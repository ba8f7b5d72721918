"""A TF1 book's MNIST network that numbers its layers from the output: `w1` is the hidden layer and `w0` the
softmax layer, which it starts at zeros (a zero head). w0's number is below w1's, but the softmax after it and
no layer after that make it the output layer."""

import tensorflow as tf

num_units = 1024
x = tf.placeholder(tf.float32, [None, 784])

w1 = tf.Variable(tf.truncated_normal([784, num_units], stddev=0.05))
b1 = tf.Variable(tf.zeros([num_units]))
hidden1 = tf.nn.relu(tf.matmul(x, w1) + b1)

w0 = tf.Variable(tf.zeros([num_units, 10]))
b0 = tf.Variable(tf.zeros([10]))
p = tf.nn.softmax(tf.matmul(hidden1, w0) + b0)

t = tf.placeholder(tf.float32, [None, 10])
loss = -tf.reduce_sum(t * tf.log(p))
train_step = tf.train.AdamOptimizer().minimize(loss)
