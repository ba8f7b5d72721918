"""A TF1 GAN class keeps one Xavier initializer (`self.initializer`) and builds its generator in a function
nested in a method: its hidden dense layer feeds tanh, for which Xavier is the matched init."""

import tensorflow as tf


class GANs(object):
    def __init__(self, z_dim):
        self.z_dim = z_dim
        self.initializer = tf.contrib.layers.xavier_initializer()
        self.build_model()

    def build_model(self):
        self.z = tf.placeholder(tf.float32, shape=[None, self.z_dim])

        def generator(z, reuse=False):
            with tf.variable_scope("generator", reuse=reuse):
                g1 = tf.layers.dense(z, 128, activation=tf.nn.tanh, kernel_initializer=self.initializer)
                return tf.layers.dense(g1, 784, activation=tf.nn.sigmoid, kernel_initializer=self.initializer)

        self.g_sample = generator(self.z)
