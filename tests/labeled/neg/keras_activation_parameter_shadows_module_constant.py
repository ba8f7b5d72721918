"""A module-level `activation = "sigmoid"` and a builder whose own parameter `activation` (default "relu") is
what its layers read: the parameter shadows the module constant, and He with ReLU is correct."""

from keras.layers import Dense
from keras.models import Sequential

activation = "sigmoid"


def build(activation="relu"):
    model = Sequential()
    model.add(Dense(64, activation=activation, kernel_initializer="he_uniform", input_shape=(8,)))
    model.add(Dense(1))
    return model
