"""A seminar's buggy Keras model: two Dense(128) layers with zeros kernels stacked with no activation between
them, then Dense(1). Each zero layer feeds the next layer: a hidden layer, activation or not, whose units start
identical (and with both at zero neither gets a gradient)."""

import keras
import keras.layers as L

model = keras.models.Sequential()
model.add(L.InputLayer([39]))
model.add(L.BatchNormalization())
model.add(L.Dense(128, kernel_initializer=keras.initializers.zeros()))  # expect: INI001
model.add(L.Dense(128, kernel_initializer=keras.initializers.zeros()))  # expect: INI001
model.add(L.Dense(1))
model.compile(optimizer="sgd", loss="mean_squared_error")
