"""The Keras softmax-regression example given a hidden ReLU layer but keeping the zero
kernel there: identical hidden units that never receive a gradient."""

from tensorflow import keras

model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(128, activation="relu", kernel_initializer="zeros"),  # expect: INI001
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
