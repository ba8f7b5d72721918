"""Keras 3 (`import keras`) model with kernel_initializer="ones" on a hidden Conv2D
(a constant kernel), e.g. copied from a bias_initializer line."""

import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, 3, activation="relu", kernel_initializer="ones"),  # expect: INI002
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
