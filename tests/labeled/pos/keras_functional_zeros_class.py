"""Keras functional API with an aliased initializers module (`initializers as I`):
I.Zeros() on a hidden Dense whose output goes through a ReLU Activation layer."""

import tensorflow as tf
from tensorflow.keras import initializers as I
from tensorflow.keras import layers

inputs = tf.keras.Input(shape=(32,))
x = layers.Dense(64, kernel_initializer=I.Zeros())(inputs)  # expect: INI001
x = layers.Activation("relu")(x)
x = layers.Dense(64, activation="relu", kernel_initializer="he_normal")(x)
outputs = layers.Dense(1)(x)
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")
