"""A conv stack whose middle conv feeds tanh, then a zero padding, then another conv: the padding holds no
weights, so the tanh is a hidden activation of the middle conv, and He before it doubles the variance the tanh
units see."""

from tensorflow.keras.layers import Activation, Conv1D, Dense, Flatten, ZeroPadding1D
from tensorflow.keras.models import Sequential


def build(n_steps=128, n_features=6):
    m = Sequential()
    m.add(Conv1D(32, 5, input_shape=(n_steps, n_features), kernel_initializer="he_normal"))  # expect: INI102
    m.add(Activation("tanh"))
    m.add(ZeroPadding1D(2))
    m.add(Conv1D(32, 5, kernel_initializer="glorot_uniform"))
    m.add(Activation("tanh"))
    m.add(Flatten())
    m.add(Dense(4, activation="softmax"))
    return m
