"""Keras 3 binary classifier whose hidden layer is a sigmoid initialised with HeUniform()."""

import keras
from keras import initializers, layers

model = keras.Sequential([
    keras.Input(shape=(30,)),
    layers.Dense(16, activation="sigmoid", kernel_initializer=initializers.HeUniform()),  # expect: INI102
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy")
