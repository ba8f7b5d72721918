"""Keras 1 tutorial (`init=` keyword): He for the ReLU layers, Glorot for the tanh layer, a Glorot softmax
output: each initializer matches what follows it."""

from keras.models import Sequential
from keras.layers import Dense, Dropout

model = Sequential()
model.add(Dense(512, input_dim=784, init="he_normal", activation="relu"))
model.add(Dropout(0.2))
model.add(Dense(256, init="he_uniform", activation="relu"))
model.add(Dense(128, init="glorot_uniform", activation="tanh"))
model.add(Dense(10, init="glorot_uniform", activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="rmsprop")
