"""A custom Keras layer with a zero kernel used only for the two heads of an actor-critic model (policy and value):
zero output layers are fine (the network's outputs, RULES), even though the layer class is built with two sizes."""

import tensorflow as tf
from tensorflow import keras
class ZeroDense(keras.layers.Layer):
    def __init__(self, units, input_dim):
        super().__init__()
        self.w = tf.Variable(tf.zeros((input_dim, units)), trainable=True)
        self.b = tf.Variable(tf.zeros((units,)), trainable=True)
    def call(self, x):
        return tf.matmul(x, self.w) + self.b
class Model(keras.Model):
    def __init__(self):
        super().__init__()
        self.d1 = keras.layers.Dense(128, activation="relu")
        self.d2 = keras.layers.Dense(64, activation="relu")
        self.value = ZeroDense(1, 64)
        self.policy = ZeroDense(6, 64)
    def call(self, x):
        h = self.d2(self.d1(x))
        return self.policy(h), self.value(h)
