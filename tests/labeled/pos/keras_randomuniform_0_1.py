"""Keras RandomUniform(minval=0.0, maxval=1.0): positive-only kernel on hidden layers."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(8,)),
    layers.Dense(32, activation="relu",
                 kernel_initializer=keras.initializers.RandomUniform(minval=0.0, maxval=1.0)),  # expect: INI005
    layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse")
