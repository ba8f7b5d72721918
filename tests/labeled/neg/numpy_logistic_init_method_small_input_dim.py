"""A course notebook's from-scratch logistic regressor: the constructor calls init_parameters, which draws
W1 from U(-1, 1) for input_dim inputs; the notebook builds it with input_dim=3. At fan-in 3, U(-1, 1) is a sane
scale (RULES: std 1 with fan-in < 16 is silent), and there is one output unit."""
import numpy as np


class LogisticRegressor:
    def __init__(self, input_dim, learning_rate):
        self.input_dim = input_dim
        self.learning_rate = learning_rate
        self.init_parameters()

    def init_parameters(self):
        W1 = 2 * np.random.random((self.input_dim, 1)) - 1
        b1 = 0
        self.model = {"W1": W1, "b1": b1}

    def forward(self, X):
        z = X.dot(self.model["W1"]) + self.model["b1"]
        return 1 / (1 + np.exp(-z))

    def train(self, X, y, epochs=100):
        for _ in range(epochs):
            a = self.forward(X)
            dW1 = X.T.dot(a - y) / len(X)
            self.model["W1"] -= self.learning_rate * dW1


X = np.array([[0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
regressor = LogisticRegressor(input_dim=3, learning_rate=1)
regressor.train(X, y)
