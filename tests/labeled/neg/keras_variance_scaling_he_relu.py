"""Keras VarianceScaling(scale=2.0, mode="fan_in", distribution="truncated_normal") -- He
written out (as in EfficientNet's CONV_KERNEL_INITIALIZER) -- on ReLU conv layers."""

from tensorflow import keras
from tensorflow.keras import layers

CONV_KERNEL_INITIALIZER = keras.initializers.VarianceScaling(scale=2.0, mode="fan_out", distribution="truncated_normal")

model = keras.Sequential([
    keras.Input(shape=(64, 64, 3)),
    layers.Conv2D(32, 3, activation="relu", kernel_initializer=CONV_KERNEL_INITIALIZER),
    layers.Conv2D(64, 3, activation="relu",
                  kernel_initializer=keras.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal")),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10),
])
