"""A TF1 policy network built with tf.contrib.layers.fully_connected: the layer's activation is its
`activation_fn=` keyword and its initializer `weights_initializer=`; Xavier chosen for the two hidden
layers that feed ReLU (the logits layer has activation_fn=None)."""

import tensorflow as tf

state_size, action_size = 4, 2
input_ = tf.placeholder(tf.float32, [None, state_size], name="input_")
fc1 = tf.contrib.layers.fully_connected(inputs=input_, num_outputs=10, activation_fn=tf.nn.relu,
                                        weights_initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
fc2 = tf.contrib.layers.fully_connected(inputs=fc1, num_outputs=action_size, activation_fn=tf.nn.relu,
                                        weights_initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
fc3 = tf.contrib.layers.fully_connected(inputs=fc2, num_outputs=action_size, activation_fn=None,
                                        weights_initializer=tf.contrib.layers.xavier_initializer())
action_distribution = tf.nn.softmax(fc3)
