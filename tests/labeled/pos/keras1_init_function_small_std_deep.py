"""Keras 1 MNIST convnet (2016 tutorial): an `init=` function returning `initializations.normal(shape,
scale=0.01)` for every conv and dense layer of a five-layer ReLU stack: std 0.01 on every layer of a deep stack."""

from keras.models import Sequential
from keras.layers import Dense, Flatten, Convolution2D, MaxPooling2D, Dropout
from keras import initializations


def init_weights(shape, name=None):
    return initializations.normal(shape, scale=0.01, name=name)  # expect: INI003


model = Sequential()
model.add(Convolution2D(32, 3, 3, border_mode="same", activation="relu", input_shape=(28, 28, 1), init=init_weights))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Convolution2D(64, 3, 3, border_mode="same", activation="relu", init=init_weights))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Convolution2D(128, 3, 3, border_mode="same", activation="relu", init=init_weights))
model.add(Flatten())
model.add(Dense(625, activation="relu", init=init_weights))
model.add(Dropout(0.5))
model.add(Dense(10, activation="softmax", init=init_weights))
model.compile(loss="categorical_crossentropy", optimizer="rmsprop")
