"""A 1-D ResNet whose imports are stars (`from keras.layers import *`, `from keras.initializers import *`):
`glorot_uniform(seed=0)` is Keras' Glorot, chosen explicitly for convolutions whose output goes into ReLU."""

from keras.initializers import *
from keras.layers import *
from keras.models import *


def identity_block(X, filters):
    X_shortcut = X
    X = Conv1D(filters, 1, padding="valid", kernel_initializer=glorot_uniform(seed=0))(X)  # expect: INI101
    X = Activation("relu")(X)
    X = Conv1D(filters, 3, padding="same", kernel_initializer=glorot_uniform(seed=0))(X)  # expect: INI101
    X = Activation("relu")(X)
    X = Add()([X, X_shortcut])
    return Activation("relu")(X)


def build(input_shape=(1000, 1)):
    X_input = Input(input_shape)
    X = Conv1D(64, 7, padding="same", kernel_initializer=glorot_uniform(seed=0))(X_input)  # expect: INI101
    X = Activation("relu")(X)
    X = identity_block(X, 64)
    X = Flatten()(X)
    X = Dense(5, activation="softmax", kernel_initializer=glorot_uniform(seed=0))(X)
    return Model(inputs=X_input, outputs=X)
