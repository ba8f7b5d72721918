"""Keras ResNet identity block with zero-init residual (Goyal et al.): the last conv of the branch
starts at zero and is added to the shortcut with layers.Add() -- the block starts as identity."""

from tensorflow import keras
from tensorflow.keras import layers


def identity_block(x, filters):
    shortcut = x
    y = layers.Conv2D(filters, 3, padding="same", kernel_initializer="he_normal")(x)
    y = layers.Activation("relu")(y)
    y = layers.Conv2D(filters, 3, padding="same", kernel_initializer="zeros")(y)
    x = layers.Add()([shortcut, y])
    return layers.Activation("relu")(x)


inputs = keras.Input(shape=(32, 32, 64))
x = identity_block(inputs, 64)
x = identity_block(x, 64)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs, outputs)
