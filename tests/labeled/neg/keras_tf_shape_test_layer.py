"""A custom Keras layer tutorial: a quick shape check of tf.matmul with random
operands before writing the layer; the operands are test inputs, not weights."""

import tensorflow as tf
from tensorflow import keras

inputs = tf.random.normal([32, 784])
kernel = tf.random.normal([784, 256]) * 10.0
outputs = tf.matmul(inputs, kernel)
assert outputs.shape == (32, 256)
print(tf.reduce_mean(outputs), tf.math.reduce_std(outputs))


class Linear(keras.layers.Layer):
    def __init__(self, units=32):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="he_normal", trainable=True)

    def call(self, x):
        return tf.matmul(x, self.w)
