"""Keras Sequential MNIST classifier (TF 2 tutorial shape) with kernel_initializer="zeros"
on the hidden ReLU layers."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu", kernel_initializer="zeros"),  # expect: INI001
    layers.Dense(128, activation="relu", kernel_initializer="zeros"),  # expect: INI001
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
