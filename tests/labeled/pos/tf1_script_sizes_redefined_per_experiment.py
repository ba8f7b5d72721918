"""A TensorFlow 1 book chapter kept as a script: a toy network with dim_in = 2 first (std 1 at fan-in 2 is
fine), then the MNIST network with the same names redefined, dim_in = 784: the unscaled random_normal there has
fan-in 784 and saturates the sigmoid."""
import tensorflow as tf

dim_in = 2
dim_middle = 5
dim_out = 1
a_0 = tf.placeholder(tf.float32, [None, dim_in])
w_1 = tf.Variable(tf.random_normal([dim_in, dim_middle]))
w_2 = tf.Variable(tf.random_normal([dim_middle, dim_out]))
a_1 = tf.sigmoid(tf.matmul(a_0, w_1))
a_2 = tf.sigmoid(tf.matmul(a_1, w_2))
optimizer = tf.train.GradientDescentOptimizer(0.01).minimize(tf.reduce_mean(tf.square(a_2)))

dim_in = 784
dim_middle = 30
dim_out = 10
a_0 = tf.placeholder(tf.float32, [None, dim_in])
w_1 = tf.Variable(tf.random_normal([dim_in, dim_middle]))  # expect: INI004
w_2 = tf.Variable(tf.random_normal([dim_middle, dim_out]))  # expect: INI004
a_1 = tf.sigmoid(tf.matmul(a_0, w_1))
a_2 = tf.sigmoid(tf.matmul(a_1, w_2))
optimizer = tf.train.GradientDescentOptimizer(0.01).minimize(tf.reduce_mean(tf.square(a_2)))
