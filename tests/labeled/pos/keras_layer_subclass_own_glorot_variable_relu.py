"""A GAN written with a custom Keras layer (`class Dense(layers.Layer)`) that makes its own kernel from a Glorot
initializer object (`initializer = tf.initializers.glorot_normal()`; `tf.Variable(initializer(shape=...))`). Its
instances `dense1`, `dense2` feed relu in both networks: the Xavier scale in front of ReLU (INI101)."""

import tensorflow as tf
from tensorflow.keras import layers


class Dense(layers.Layer):
    def __init__(self, input_dim, units):
        super().__init__()
        initializer = tf.initializers.glorot_normal()  # expect: INI101
        self.w = tf.Variable(initial_value=initializer(shape=(input_dim, units)), trainable=True)
        self.b = tf.Variable(initial_value=tf.zeros(shape=(1, units)), trainable=True)

    def call(self, x):
        return tf.matmul(x, self.w) + self.b


class Discriminator(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.dense1 = Dense(28 * 28, 128)
        self.dense2 = Dense(128, 32)
        self.dense3 = Dense(32, 1)

    def call(self, x):
        h = tf.nn.relu(self.dense1(x))
        h = tf.nn.relu(self.dense2(h))
        return self.dense3(h)
