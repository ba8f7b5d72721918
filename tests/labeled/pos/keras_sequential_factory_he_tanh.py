"""Keras policy network returned by a build function (keras.Sequential([...], name=...)):
he_uniform on the tanh hidden layers -- He is for ReLU, tanh wants Glorot."""

from tensorflow import keras
from tensorflow.keras import layers


def build_policy(obs_dim, n_actions):
    return keras.Sequential(
        [
            keras.Input(shape=(obs_dim,)),
            layers.Dense(64, activation="tanh", kernel_initializer="he_uniform"),  # expect: INI102
            layers.Dense(64, activation="tanh", kernel_initializer="he_uniform"),  # expect: INI102
            layers.Dense(n_actions, activation="softmax", kernel_initializer="he_uniform"),
        ],
        name="policy",
    )
