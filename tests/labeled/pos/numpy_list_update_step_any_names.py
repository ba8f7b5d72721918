"""A from-scratch MLP trained by rebuilding its weight list from itself (`self.weights = [wi + l * dwi for wi, dwi
in zip(self.weights, delta_w)]`): a training step whatever the learning rate and the step are called, so the
unit-normal weights the script builds are trained weights, and std 1 saturates the sigmoid units."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class MLPerceptron:
    def __init__(self, layers):
        self.weights = [np.random.standard_normal((u, v)) for u, v in zip(layers[:-1], layers[1:])]  # expect: INI004

    def back_propagate(self, x, t):
        a = [x]
        for wi in self.weights:
            a.append(sigmoid(np.dot(a[-1], wi)))
        delta = (t - a[-1]) * a[-1] * (1 - a[-1])
        return [np.dot(ai.T, delta) for ai in a[:-1]]

    def train(self, x, t, l, epochs):
        for _ in range(epochs):
            delta_w = self.back_propagate(x, t)
            self.weights = [wi + l * dwi for wi, dwi in zip(self.weights, delta_w)]


mlp = MLPerceptron([int(n) for n in input().split()])
