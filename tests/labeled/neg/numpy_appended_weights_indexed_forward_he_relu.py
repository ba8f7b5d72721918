"""The same from-scratch MLP drawing W at the He scale sqrt(2/n_in), right for the ReLU its forward applies to
every hidden layer; the output layer stays linear."""
import numpy as np


class MLP:
    def __init__(self, layer_sizes, learning_rate=0.01):
        self.n_layers = len(layer_sizes)
        self.learning_rate = learning_rate
        self.weights, self.biases = [], []
        for i in range(self.n_layers - 1):
            n_in, n_out = layer_sizes[i], layer_sizes[i + 1]
            W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
            b = np.zeros((1, n_out))
            self.weights.append(W)
            self.biases.append(b)

    def relu(self, z):
        return np.maximum(0, z)

    def forward(self, X):
        a = X
        for i in range(self.n_layers - 1):
            z = a @ self.weights[i] + self.biases[i]
            if i < self.n_layers - 2:
                a = self.relu(z)
            else:
                a = z
        return a

    def step(self, grads_w):
        for i in range(self.n_layers - 1):
            self.weights[i] -= self.learning_rate * grads_w[i]
