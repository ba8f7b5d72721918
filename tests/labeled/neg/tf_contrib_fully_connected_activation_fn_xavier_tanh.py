"""tf.contrib.layers.fully_connected with Xavier and activation_fn=tf.nn.tanh: the right pairing (the
output layer has activation_fn=None)."""

import tensorflow as tf

input_ = tf.placeholder(tf.float32, [None, 4], name="input_")
fc1 = tf.contrib.layers.fully_connected(inputs=input_, num_outputs=10, activation_fn=tf.nn.tanh,
                                        weights_initializer=tf.contrib.layers.xavier_initializer())
fc2 = tf.contrib.layers.fully_connected(inputs=fc1, num_outputs=2, activation_fn=None,
                                        weights_initializer=tf.contrib.layers.xavier_initializer())
probs = tf.nn.softmax(fc2)
