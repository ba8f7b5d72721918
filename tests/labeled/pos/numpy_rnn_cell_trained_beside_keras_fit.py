"""The same notebook shape, but the NumPy cell is trained: a training function it is handed to writes the
gradient step. The recurrent matrix drawn from uniform [0, 1) is all positive and feeds tanh, whatever the
Keras model fitted next to it does."""

import numpy as np
from tensorflow import keras
from rnn_utils import train_rnn

nodes = 4
recurrent_weights = np.random.uniform(size=(nodes, nodes))  # expect: INI005
input_weights = np.random.randn(2, nodes) * np.sqrt(1.0 / 2)

state = np.zeros(nodes)
for x in np.random.randn(10, 2):
    state = np.tanh(state.dot(recurrent_weights) + x.dot(input_weights))

train_rnn(recurrent_weights, input_weights, learning_rate=0.01)

x_train = np.random.rand(100, 3, 4)
y_train = np.random.rand(100, 3, 5)
model = keras.Sequential([keras.layers.SimpleRNN(8, return_sequences=True),
                          keras.layers.Dense(5, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam")
model.fit(x_train, y_train, epochs=10, verbose=0)
