"""Keras CNN with RandomNormal(stddev=0.02) kernels on ReLU convs of 64 input channels and up: with the
fan-in known (3x3x64 = 576, He 0.059) 0.02 is a third of He, not a vanishing scale."""

from tensorflow.keras import layers, models, initializers

init = initializers.RandomNormal(stddev=0.02)
model = models.Sequential([
    layers.Conv2D(128, 3, activation="relu", input_shape=(16, 16, 64), kernel_initializer=init),
    layers.MaxPooling2D(),
    layers.Conv2D(128, 3, activation="relu", kernel_initializer=init),
    layers.GlobalAveragePooling2D(),
    layers.Dense(128, activation="relu", kernel_initializer=init),
    layers.Dense(10),
])
