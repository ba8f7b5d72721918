"""Keras GAN discriminator with LeakyReLU(0.2) layers after he_normal Dense layers."""

from tensorflow import keras
from tensorflow.keras import layers

discriminator = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(64, 3, strides=2, padding="same", kernel_initializer="he_normal"),
    layers.LeakyReLU(0.2),
    layers.Conv2D(128, 3, strides=2, padding="same", kernel_initializer="he_normal"),
    layers.LeakyReLU(0.2),
    layers.GlobalMaxPooling2D(),
    layers.Dense(1),
])
