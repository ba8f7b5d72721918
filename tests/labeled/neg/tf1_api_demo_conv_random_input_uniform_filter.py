"""A TF1 API tour (exercise solutions): each cell makes a random input tensor and a filter variable with the
default uniform initializer, runs one conv op once and prints the output shape. Nothing is trained; the
variables are demo arrays (RULES: API demos are data)."""
import tensorflow as tf

tf.reset_default_graph()
x = tf.random_uniform(shape=(2, 3, 3, 3), dtype=tf.float32)
filter = tf.get_variable("filter", shape=(2, 2, 3, 2), dtype=tf.float32,
                         initializer=tf.random_uniform_initializer())
out = tf.nn.conv2d(x, filter, strides=[1, 1, 1, 1], padding="SAME")
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    print(sess.run(out).shape)

tf.reset_default_graph()
x = tf.random_uniform(shape=(4, 10, 10, 3), dtype=tf.float32)
filter = tf.get_variable("filter", shape=(2, 2, 3, 2), dtype=tf.float32,
                         initializer=tf.random_uniform_initializer())
out = tf.nn.atrous_conv2d(x, filter, padding="VALID", rate=2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(out).shape)
