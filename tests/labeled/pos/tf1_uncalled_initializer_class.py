"""A TF1 recommender's MLP tower: `kernel_initializer=tf.random_normal_initializer` is handed the class, not an
instance; `tf.get_variable` instantiates it with its defaults, so every hidden kernel is N(0, 1) (fan-in 128 and
more, under ReLU). The Glorot class under ReLU is the pairing problem."""

import tensorflow as tf

users = tf.placeholder(tf.float32, [None, 64])
items = tf.placeholder(tf.float32, [None, 64])
h = tf.concat([users, items], axis=1)
layer_1 = tf.layers.dense(inputs=h, units=128, kernel_initializer=tf.random_normal_initializer,  # expect: INI004
                          activation=tf.nn.relu)
layer_2 = tf.layers.dense(inputs=layer_1, units=64, kernel_initializer=tf.glorot_uniform_initializer,  # expect: INI101
                          activation=tf.nn.relu)
logits = tf.layers.dense(inputs=layer_2, units=1, kernel_initializer=tf.glorot_uniform_initializer)
