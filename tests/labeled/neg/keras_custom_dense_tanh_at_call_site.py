"""Book chapter on custom layers: MyDense applies `self.activation` itself, and the model builds it with
activation="tanh" for the hidden layer: Glorot is the right pairing for tanh."""

import tensorflow as tf
from tensorflow import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, batch_input_shape):
        self.kernel = self.add_weight(name="kernel", shape=[batch_input_shape[-1], self.units],
                                      initializer="glorot_normal")
        self.bias = self.add_weight(name="bias", shape=[self.units], initializer="zeros")

    def call(self, X):
        return self.activation(X @ self.kernel + self.bias)


model = keras.models.Sequential([
    MyDense(30, activation="tanh", input_shape=[8]),
    MyDense(1),
])
