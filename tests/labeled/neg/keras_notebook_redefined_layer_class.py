"""A notebook exported as a script: a custom Dense layer written once, then written again in the next cell
(with named weights) before any model uses it. The model built after the second definition makes its ReLU
layer from the second class; the first class is never instantiated, so nothing pairs its Glorot kernel with
that ReLU. (The second definition, paired with the ReLU, is a positive of its own.)"""

import numpy as np
import tensorflow as tf


class MyDense(tf.keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = tf.keras.activations.get(activation)

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform",
                                 trainable=True)
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True)

    def call(self, inputs):
        z = tf.matmul(inputs, self.w) + self.b
        return self.activation(z) if self.activation else z


class MyDense(tf.keras.layers.Layer):  # the notebook's next cell
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = tf.keras.activations.get(activation)

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="he_normal",
                                 trainable=True, name="kernel")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True, name="bias")

    def call(self, inputs):
        z = tf.matmul(inputs, self.w) + self.b
        return self.activation(z) if self.activation else z


class MyModel(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense1 = MyDense(64, activation="relu")
        self.dense2 = MyDense(1)

    def call(self, inputs):
        return self.dense2(self.dense1(inputs))


X = np.random.rand(100, 3).astype(np.float32)
y = np.sum(X, axis=1, keepdims=True)
model = MyModel()
model.compile(optimizer="adam", loss="mse")
model.fit(X, y, epochs=3)
