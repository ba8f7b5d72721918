"""Keras binary classifier (IMDB tutorial shape): he_uniform ReLU hidden layers, final
Dense(1, activation="sigmoid") with glorot_uniform -- the output link is not paired."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(10000,)),
    layers.Dense(16, activation="relu", kernel_initializer="he_uniform", bias_initializer="zeros"),
    layers.Dense(16, activation="relu", kernel_initializer="he_uniform", bias_initializer="zeros"),
    layers.Dense(1, activation="sigmoid", kernel_initializer="glorot_uniform"),
])
model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])
