"""A course notebook's two-layer network class: the constructor stores the sizes and calls
initialize_weights(), which draws unscaled N(0, 1) weights; the network is built for 3 inputs and 5 hidden
units, fan-ins under 16, where std 1 is about LeCun/He (sqrt(1/3) = 0.58, sqrt(2/5) = 0.63)."""
import numpy as np


class NeuralNetwork:
    def __init__(self, input_size, hidden_size, output_size):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.initialize_weights()

    def initialize_weights(self):
        self.W1 = np.random.randn(self.input_size, self.hidden_size)
        self.b1 = np.zeros((self.hidden_size, 1))
        self.W2 = np.random.randn(self.hidden_size, self.output_size)
        self.b2 = np.zeros((1, self.output_size))

    def forward(self, X):
        self.A1 = np.maximum(0, self.W1.T @ X + self.b1)
        return 1 / (1 + np.exp(-(self.W2.T @ self.A1 + self.b2.T)))

    def update(self, dW1, dW2, lr=0.1):
        self.W1 -= lr * dW1
        self.W2 -= lr * dW2


nn = NeuralNetwork(input_size=3, hidden_size=5, output_size=1)
