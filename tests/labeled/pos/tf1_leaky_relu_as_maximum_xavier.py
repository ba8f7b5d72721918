"""A TF1 DCGAN generator that writes leaky ReLU as `tf.maximum(alpha * x, x)` (alpha=0.2) after each hidden
dense layer, all of them built with one Xavier initializer: Xavier before a ReLU-family activation."""

import tensorflow as tf


def generator(z, alpha=0.2, reuse=False):
    with tf.variable_scope("generator", reuse=reuse):
        w_init = tf.contrib.layers.xavier_initializer()  # expect: INI101
        x1 = tf.layers.dense(inputs=z, units=1024, activation=None, kernel_initializer=w_init)
        x1 = tf.maximum(alpha * x1, x1)
        x2 = tf.layers.dense(inputs=x1, units=512, activation=None, kernel_initializer=w_init)
        x2 = tf.maximum(alpha * x2, x2)
        logits = tf.layers.dense(inputs=x2, units=784, activation=None, kernel_initializer=w_init)
        return tf.tanh(logits)
