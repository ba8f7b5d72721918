"""Keras multinomial logistic regression: one softmax Dense on flattened MNIST with
zero kernel. No hidden layer, nothing to break symmetry for."""

from tensorflow import keras

model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation="softmax", kernel_initializer="zeros"),
])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
