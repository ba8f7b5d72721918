"""victorzhou-style NumPy RNN: input and recurrent weights drawn randn / 1000 (std 0.001) and summed
into tanh; at that scale the hidden state carries almost nothing (1/sqrt(64) would be 0.125)."""
import numpy as np
from numpy.random import randn


class RNN:
    def __init__(self, input_size, output_size, hidden_size=64):
        self.Whh = randn(hidden_size, hidden_size) / 1000  # expect: INI003
        self.Wxh = randn(hidden_size, input_size) / 1000  # expect: INI003
        self.Why = randn(output_size, hidden_size) / np.sqrt(hidden_size)
        self.bh = np.zeros((hidden_size, 1))
        self.by = np.zeros((output_size, 1))

    def forward(self, inputs):
        h = np.zeros((self.Whh.shape[0], 1))
        for x in inputs:
            h = np.tanh(self.Wxh @ x + self.Whh @ h + self.bh)
        return self.Why @ h + self.by, h

    def backprop(self, d_Whh, d_Wxh, d_Why, learn_rate=2e-2):
        self.Whh -= learn_rate * d_Whh
        self.Wxh -= learn_rate * d_Wxh
        self.Why -= learn_rate * d_Why
