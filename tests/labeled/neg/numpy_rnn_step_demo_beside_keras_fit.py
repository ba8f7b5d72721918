"""A notebook that runs one step of a recurrent cell by hand on random NumPy arrays (uniform [0, 1), through
tanh) to show what the cell computes, then builds and fits a Keras SimpleRNN. `model.fit` trains the Keras
model's own weights; no step is written that could change the NumPy arrays and none is handed them: they are
a demo's inputs, not trained weights (RULES: what counts as a trained weight)."""

import numpy as np
from tensorflow import keras

samples = np.random.uniform(size=(4, 3, 2))
nodes = 4
previous_state_weights = np.random.uniform(size=(nodes, nodes))
feature_weights = np.random.uniform(size=(samples.shape[2], nodes))
state_weights = np.random.uniform(size=(nodes, 8))

state = np.zeros(nodes)
state = np.tanh(state.dot(previous_state_weights) + samples[0][0].dot(feature_weights))
output = state.dot(state_weights)

x_train = np.random.rand(100, 3, 4)
y_train = np.random.rand(100, 3, 5)
model = keras.Sequential([keras.layers.SimpleRNN(8, return_sequences=True),
                          keras.layers.Dense(5, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam")
history = model.fit(x_train, y_train, epochs=10, verbose=0)
