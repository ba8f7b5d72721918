"""A star import of Keras' initializers next to a file's own `glorot_uniform` helper, which draws He's scale
despite its name: the file's definition wins over the star, so nothing here is Keras' Glorot."""

import numpy as np
from keras.initializers import *
from keras.layers import *


def glorot_uniform(shape):
    limit = np.sqrt(6.0 / shape[0])  # (He's uniform limit: 2 / fan_in variance)
    return np.random.uniform(-limit, limit, size=shape)


def build(x):
    w = glorot_uniform((256, 128))
    h = np.maximum(0, x @ w)
    return Dense(10, activation="softmax")(h)
