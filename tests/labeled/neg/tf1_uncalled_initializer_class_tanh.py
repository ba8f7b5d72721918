"""TF1 dense layers handed initializer classes uncalled (`tf.get_variable` instantiates them): Glorot for tanh
layers is the right pairing, and the zero-initialised biases are biases."""

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 300])
h1 = tf.layers.dense(inputs=x, units=128, kernel_initializer=tf.glorot_uniform_initializer,
                     bias_initializer=tf.zeros_initializer, activation=tf.nn.tanh)
h2 = tf.layers.dense(inputs=h1, units=64, kernel_initializer=tf.glorot_normal_initializer,
                     bias_initializer=tf.zeros_initializer, activation=tf.nn.tanh)
logits = tf.layers.dense(inputs=h2, units=5, kernel_initializer=tf.glorot_uniform_initializer)
