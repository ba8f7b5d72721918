"""Keras 1 tutorial: an `init=` function drawing He-scaled normals for ReLU layers with known fan-in."""

import numpy as np
from keras.models import Sequential
from keras.layers import Dense
from keras import initializations


def he_init(shape, name=None):
    return initializations.normal(shape, scale=np.sqrt(2.0 / shape[0]), name=name)


model = Sequential()
model.add(Dense(512, input_dim=784, activation="relu", init=he_init))
model.add(Dense(256, activation="relu", init=he_init))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="sgd")
