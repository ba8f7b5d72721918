"""A notebook's from-scratch RNN is built with `RNN(vocab_size, 2)` where `vocab_size = len(vocab)` (unknown
here); cells later, `vocab_size = 10000` sizes a different Keras model. That later number is not the RNN's
input size: the input weight's fan-in is unknown where it is built, and std 0.001 on a weight feeding tanh is
far below 0.01."""

import numpy as np
from numpy import random as rd
from tensorflow import keras

text = "i am very good i am very bad"
vocab = sorted(set(text.split()))
vocab_size = len(vocab)


class RNN:
    def __init__(self, input_size, output_size, hidden_size=64):
        self.Whh = rd.randn(hidden_size, hidden_size) / 1000  # expect: INI003
        self.Wxh = rd.randn(hidden_size, input_size) / 1000  # expect: INI003
        self.Why = rd.randn(output_size, hidden_size) / 1000
        self.bh = np.zeros((hidden_size, 1))
        self.by = np.zeros((output_size, 1))

    def forward(self, inputs):
        h = np.zeros((self.Whh.shape[0], 1))
        for x in inputs:
            h = np.tanh(self.Wxh @ x + self.Whh @ h + self.bh)
        return self.Why @ h + self.by, h

    def backprop(self, d_y, dWxh, dWhh, learn_rate=2e-2):
        self.Wxh -= learn_rate * dWxh
        self.Whh -= learn_rate * dWhh


rnn = RNN(vocab_size, 2)

vocab_size = 10000
model = keras.Sequential([keras.layers.Embedding(vocab_size, 32), keras.layers.SimpleRNN(32),
                          keras.layers.Dense(1, activation="sigmoid")])
