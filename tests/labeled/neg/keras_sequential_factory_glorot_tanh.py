"""Keras value network returned by a build function with Glorot on tanh hidden layers (right) and
a zero-initialised linear value head (the network's output: harmless)."""

from tensorflow import keras
from tensorflow.keras import layers


def build_value(obs_dim):
    return keras.Sequential(
        [
            keras.Input(shape=(obs_dim,)),
            layers.Dense(64, activation="tanh", kernel_initializer="glorot_uniform"),
            layers.Dense(64, activation="tanh", kernel_initializer="glorot_uniform"),
            layers.Dense(1, kernel_initializer="zeros"),
        ],
        name="value",
    )
