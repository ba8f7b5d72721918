"""A book chapter as one script: the data are centred in place (`raw_data -= mean`), Keras models are
trained with `fit`, and a NumPy listing shows what a simple RNN computes with random arrays. No step is
written that changes those arrays: the listing is a forward-pass illustration, not a trained network."""

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

raw_data = np.loadtxt("jena_climate.csv", delimiter=",", skiprows=1)
mean = raw_data[:200000].mean(axis=0)
raw_data -= mean
std = raw_data[:200000].std(axis=0)
raw_data /= std

inputs = keras.Input(shape=(120, 14))
x = layers.LSTM(16)(inputs)
outputs = layers.Dense(1)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="rmsprop", loss="mse", metrics=["mae"])
history = model.fit(train_dataset, epochs=10, validation_data=val_dataset)

timesteps = 100
input_features = 32
output_features = 64
inputs = np.random.random((timesteps, input_features))
state_t = np.zeros((output_features,))
w = np.random.random((output_features, input_features))
u = np.random.random((output_features, output_features))
b = np.random.random((output_features,))
successive_outputs = []
for input_t in inputs:
    output_t = np.tanh(np.dot(w, input_t) + np.dot(u, state_t) + b)
    successive_outputs.append(output_t)
    state_t = output_t
final_output_sequence = np.stack(successive_outputs, axis=0)
