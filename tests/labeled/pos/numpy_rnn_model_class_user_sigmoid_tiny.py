"""A from-scratch RNN model class (it trains itself on targets through BPTT) whose activation helper
lives in the user's own module: input and recurrent weights drawn randn / 1000 (std 0.001) feed that
sigmoid. The output projection's small scale is a head's choice and stays silent."""

import numpy as np
from mynet import MyNet


class RecurrentNet:
    def __init__(self, input_size, hidden_size, output_size):
        self.hidden_size = hidden_size
        self.Wxh = np.random.randn(input_size, hidden_size) / 1000  # expect: INI003
        self.Whh = np.random.randn(hidden_size, hidden_size) / 1000  # expect: INI003
        self.Why = np.random.randn(hidden_size, output_size) / 1000
        self.bh = np.zeros((1, hidden_size))
        self.by = np.zeros((1, output_size))

    def BPTT(self, inputs, targets, learning_rate=0.05):
        outputs, hidden = self.forward(inputs)
        dWxh, dWhh, dWhy = self.backward(inputs, outputs, targets, hidden)
        self.Wxh -= learning_rate * dWxh
        self.Whh -= learning_rate * dWhh
        self.Why -= learning_rate * dWhy

    def forward(self, inputs):
        hidden = {-1: np.zeros((1, self.hidden_size))}
        outputs = []
        for t in range(len(inputs)):
            x_t = np.array([inputs[t]])
            hidden[t] = MyNet.sigmoid(np.dot(x_t, self.Wxh) + np.dot(hidden[t - 1], self.Whh) + self.bh)
            outputs.append(np.dot(hidden[t], self.Why) + self.by)
        return outputs, hidden

    def backward(self, inputs, outputs, targets, hidden):
        return np.zeros_like(self.Wxh), np.zeros_like(self.Whh), np.zeros_like(self.Why)
