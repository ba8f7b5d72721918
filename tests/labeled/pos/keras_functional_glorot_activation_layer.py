"""Keras functional API (keras.io guide style) with the activation as its own layer:
Dense(kernel_initializer="glorot_normal") followed by layers.Activation("relu") -- He is for ReLU."""

from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(784,), name="digits")
x = layers.Dense(256, kernel_initializer="glorot_normal", name="dense_1")(inputs)  # expect: INI101
x = layers.ReLU()(x)
x = layers.Dense(256, kernel_initializer="glorot_normal", name="dense_2")(x)  # expect: INI101
x = layers.Activation("relu")(x)
x = layers.Dense(128, kernel_initializer="he_normal", name="dense_3")(x)
x = layers.ReLU()(x)
outputs = layers.Dense(10, activation="softmax", name="predictions")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")
