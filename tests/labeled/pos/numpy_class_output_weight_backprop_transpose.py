"""A from-scratch binary classifier with one hidden layer (a bootcamp project): both weight matrices are
unscaled randn draws (std 1). The output weight W2 is multiplied with the hidden activations in forward_prop and
transposed in the backward pass (`W2.T @ dz2`), which says nothing about its fan-in: std 1 is too large."""
import numpy as np


class NeuralNetwork:
    def __init__(self, nx, nodes):
        self.__W1 = np.random.randn(nodes, nx) * np.sqrt(1 / nx)
        self.__b1 = np.zeros((nodes, 1))
        self.__W2 = np.random.randn(1, nodes)  # expect: INI004
        self.__b2 = 0

    def forward_prop(self, X):
        z1 = np.matmul(self.__W1, X) + self.__b1
        self.__A1 = 1 / (1 + np.exp(-z1))
        z2 = np.matmul(self.__W2, self.__A1) + self.__b2
        self.__A2 = 1 / (1 + np.exp(-z2))
        return self.__A1, self.__A2

    def gradient_descent(self, X, Y, A1, A2, alpha=0.05):
        m = X.shape[1]
        dz2 = A2 - Y
        dw2 = np.matmul(A1, dz2.T) / m
        dz1 = np.matmul(self.__W2.T, dz2) * (A1 * (1 - A1))
        dw1 = np.matmul(X, dz1.T) / m
        self.__W2 = self.__W2 - alpha * dw2.T
        self.__W1 = self.__W1 - alpha * dw1.T
