"""A meta-learning book's from-scratch logistic model: theta is drawn N(0, 1) and reshaped to (50, 1),
multiplied with 50 input features and updated by a gradient step (a loss and a gradient are computed from the
prediction and divided by the sample count). std 1 at fan-in 50 saturates the sigmoid from the start."""
import numpy as np


class LogisticModel(object):
    def __init__(self):
        self.num_samples = 10
        self.lr = 0.01
        self.theta = np.random.normal(size=50).reshape(50, 1)  # expect: INI004

    def sigmoid(self, a):
        return 1.0 / (1 + np.exp(-a))

    def train(self, X, Y, epochs=100):
        for e in range(epochs):
            YHat = self.sigmoid(np.matmul(X, self.theta))
            loss = -np.sum(Y * np.log(YHat) + (1 - Y) * np.log(1 - YHat)) / self.num_samples
            gradient = np.matmul(X.T, YHat - Y) / self.num_samples
            self.theta = self.theta - self.lr * gradient
        return loss
