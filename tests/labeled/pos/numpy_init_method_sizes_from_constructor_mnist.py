"""A course notebook's two-layer network class: the constructor stores the sizes and calls
initialize_weights(), which draws unscaled N(0, 1) weights; built for MNIST (784 inputs), the first layer
has std 1 at fan-in 784 and its ReLU pre-activations have std ~28 (He: sqrt(2/784) = 0.05)."""
import numpy as np


class NeuralNetwork:
    def __init__(self, input_size, hidden_size, output_size):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.initialize_weights()

    def initialize_weights(self):
        self.W1 = np.random.randn(self.input_size, self.hidden_size)  # expect: INI004
        self.b1 = np.zeros((self.hidden_size, 1))
        self.W2 = np.random.randn(self.hidden_size, self.output_size)  # expect: INI004
        self.b2 = np.zeros((1, self.output_size))

    def forward(self, X):
        self.A1 = np.maximum(0, self.W1.T @ X + self.b1)
        return 1 / (1 + np.exp(-(self.W2.T @ self.A1 + self.b2.T)))

    def update(self, dW1, dW2, lr=0.1):
        self.W1 -= lr * dW1
        self.W2 -= lr * dW2


nn = NeuralNetwork(input_size=784, hidden_size=128, output_size=10)
