"""Keras model with RandomNormal(stddev=1.0) on a hidden Dense over 784 inputs."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Dense(256, activation="tanh", input_shape=(784,),
                 kernel_initializer=keras.initializers.RandomNormal(stddev=1.0)),  # expect: INI004
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="sgd", loss="categorical_crossentropy")
