"""The same generator with a He initializer object bound to `w_init` before ReLU, and a Xavier one for a
discriminator whose hidden layer is tanh: each matches its activation."""

import tensorflow as tf


def generator(z, reuse=False):
    with tf.variable_scope("generator", reuse=reuse):
        w_init = tf.keras.initializers.he_normal()
        dense1 = tf.layers.dense(z, 128, kernel_initializer=w_init)
        relu1 = tf.nn.relu(dense1)
        return tf.nn.tanh(tf.layers.dense(relu1, 784, kernel_initializer=w_init))


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w_init = tf.contrib.layers.xavier_initializer()
        hidden = tf.nn.tanh(tf.layers.dense(x, 128, kernel_initializer=w_init))
        return tf.layers.dense(hidden, 1, kernel_initializer=w_init)
