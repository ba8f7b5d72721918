"""Keras MLP built from a layer factory used for every hidden layer (tutorial style):
the factory names glorot_uniform while its layers use ReLU -- He is for ReLU."""

from tensorflow import keras
from tensorflow.keras import layers


def hidden(units):
    return layers.Dense(units, activation="relu", kernel_initializer="glorot_uniform")  # expect: INI101


model = keras.Sequential([keras.Input(shape=(20,)), hidden(128), hidden(64), layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
