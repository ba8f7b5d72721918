"""Keras two-layer MNIST model with RandomNormal(stddev=0.01) by keyword: exactly 0.01 on a
shallow net (not a deep stack, fan-in 784) stays silent."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(100, activation="relu", kernel_initializer=keras.initializers.RandomNormal(mean=0.0, stddev=0.01)),
    layers.Dense(10, activation="softmax", kernel_initializer=keras.initializers.RandomNormal(stddev=0.01)),
])
model.compile(optimizer="sgd", loss="categorical_crossentropy")
