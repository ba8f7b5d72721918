"""Keras functional API with separate activation layers and the right pairings:
he_normal before ReLU()/Activation("relu"), glorot_uniform before tanh, zeros only on biases."""

from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(32,))
x = layers.Dense(64, kernel_initializer="he_normal", bias_initializer="zeros")(inputs)
x = layers.ReLU()(x)
x = layers.Dense(64, kernel_initializer="he_uniform")(x)
x = layers.Activation("relu")(x)
x = layers.Dense(32, kernel_initializer="glorot_uniform")(x)
x = layers.Activation("tanh")(x)
outputs = layers.Dense(1, kernel_initializer="glorot_uniform", activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
