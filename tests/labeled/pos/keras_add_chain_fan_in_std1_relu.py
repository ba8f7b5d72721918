"""Keras MLP built with model.add: the hidden Dense layers draw RandomNormal(stddev=1.0); the first sees
784 inputs (input_shape) and the second the 512 units before it: std 1 makes ReLU activations explode."""

from keras.models import Sequential
from keras.layers import Dense, Dropout
from keras.initializers import RandomNormal

model = Sequential()
model.add(Dense(512, activation="relu", input_shape=(784,), kernel_initializer=RandomNormal(stddev=1.0)))  # expect: INI004
model.add(Dropout(0.2))
model.add(Dense(512, activation="relu", kernel_initializer=RandomNormal(stddev=1.0)))  # expect: INI004
model.add(Dropout(0.2))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="rmsprop")
