"""Keras 3 (`import keras`) tanh MLP with GlorotNormal kernels (Glorot is the tanh pairing)."""

import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(20,)),
    layers.Dense(64, activation="tanh", kernel_initializer=keras.initializers.GlorotNormal()),
    layers.Dense(64, activation="tanh", kernel_initializer="glorot_normal"),
    layers.Dense(3, activation="softmax"),
])
