"""Keras GAN discriminator: Dense(..., kernel_initializer="glorot_normal") followed by a
separate LeakyReLU(0.2) layer (ReLU family)."""

from tensorflow import keras
from tensorflow.keras import layers

discriminator = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(512, kernel_initializer="glorot_normal"),  # expect: INI101
    layers.LeakyReLU(0.2),
    layers.Dense(256, kernel_initializer="glorot_normal"),  # expect: INI101
    layers.LeakyReLU(0.2),
    layers.Dense(1, activation="sigmoid"),
])
