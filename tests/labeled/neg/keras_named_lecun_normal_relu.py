"""A named LeCun initializer before ReLU: RULES' INI101 is about Xavier/Glorot chosen for a ReLU layer;
`lecun_normal` is SELU's init (and Flax's default), fan-in scaled, not a Glorot choice."""

from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(128, activation="relu", kernel_initializer="lecun_normal", input_shape=(784,)),
    keras.layers.Dense(64, activation="relu", kernel_initializer="lecun_normal"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
