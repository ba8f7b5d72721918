"""A conditional GAN's generator in TF1: one Xavier initializer object bound to `w_init` and handed to every
`tf.layers.dense`; the first dense layer's output goes straight into ReLU."""

import tensorflow as tf


def generator(z, c, reuse=False):
    with tf.variable_scope("generator", reuse=reuse):
        w_init = tf.contrib.layers.xavier_initializer()  # expect: INI101
        inputs = tf.concat([z, c], 1)
        dense1 = tf.layers.dense(inputs, 128, kernel_initializer=w_init)
        relu1 = tf.nn.relu(dense1)
        logits = tf.layers.dense(relu1, 784, kernel_initializer=w_init)
        return tf.nn.tanh(logits)
