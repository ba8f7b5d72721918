"""From-scratch NumPy net whose activations live in a @staticmethod dispatcher called through the
class (`Net.activation(Z, "relu")`); every hidden layer is drawn with the LeCun scale sqrt(1/n)
and activated with ReLU, which halves the variance per layer (He: sqrt(2/n))."""
import numpy as np


class Net:
    def __init__(self, layers):
        self.params = {}
        self.L = len(layers) - 1
        for i in range(1, self.L + 1):
            self.params["W" + str(i)] = np.random.randn(layers[i], layers[i - 1]) * np.sqrt(1.0 / layers[i - 1])  # expect: INI101
            self.params["b" + str(i)] = np.zeros((layers[i], 1))

    @staticmethod
    def activation(Z, act_type):
        if act_type == "relu":
            return np.maximum(0, Z)
        elif act_type == "sigmoid":
            return 1 / (1 + np.exp(-Z))
        return Z

    def forward(self, X):
        A = X
        for i in range(1, self.L):
            Z = np.dot(self.params["W" + str(i)], A) + self.params["b" + str(i)]
            A = Net.activation(Z, "relu")
        Z = np.dot(self.params["W" + str(self.L)], A) + self.params["b" + str(self.L)]
        return Net.activation(Z, "sigmoid")

    def update(self, grads, learning_rate=0.01):
        for i in range(1, self.L + 1):
            self.params["W" + str(i)] = self.params["W" + str(i)] - learning_rate * grads["dW" + str(i)]
