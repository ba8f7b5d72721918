"""Keras 2 era scripts (machinelearningmastery style) that spell out kernel_initializer="uniform"
/ "random_normal" (RandomUniform(-0.05, 0.05) and RandomNormal(0, 0.05)) -- both silent."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Dense(64, kernel_initializer="uniform", activation="relu"),
    layers.Dense(64, kernel_initializer="uniform", activation="relu"),
    layers.Dense(1, kernel_initializer="random_normal", activation="sigmoid"),
])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
