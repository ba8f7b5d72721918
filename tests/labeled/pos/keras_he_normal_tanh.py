"""Keras regression MLP with he_normal on tanh hidden layers (He is for ReLU)."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(13,)),
    layers.Dense(64, activation="tanh", kernel_initializer="he_normal"),  # expect: INI102
    layers.Dense(64, activation="tanh", kernel_initializer="he_normal"),  # expect: INI102
    layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse")
