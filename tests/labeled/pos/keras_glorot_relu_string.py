"""Keras Sequential with kernel_initializer="glorot_uniform" written out explicitly on
ReLU hidden layers (He is the matching choice)."""

from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(64, activation="relu", input_shape=(100,), kernel_initializer="glorot_uniform"),  # expect: INI101
    keras.layers.Dense(64, activation="relu", kernel_initializer="glorot_uniform"),  # expect: INI101
    keras.layers.Dense(10, activation="softmax", kernel_initializer="glorot_uniform"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
