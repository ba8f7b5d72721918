"""An XOR network whose layer sizes come from the list the script passes (NeuralNetwork([2, 2, 1])), with a
bias unit added to each input side (net_arch[layer] + 1): U(-1, 1) weights at fan-in 3, where std 0.58 is fine
(RULES: known fan-in decides; std 1 with fan-in < 16 is silent)."""

import numpy


class NeuralNetwork:
    def __init__(self, net_arch):
        self.net_arch = net_arch
        self.weights = []
        for layer in range(len(net_arch) - 1):
            w = 2 * numpy.random.rand(net_arch[layer] + 1, net_arch[layer + 1]) - 1
            self.weights.append(w)

    def fit(self, data, labels, learning_rate=0.1, epochs=10):
        for k in range(epochs):
            y = numpy.tanh(numpy.dot(data, self.weights[0]))
            delta = labels - y
            self.weights[0] += learning_rate * numpy.dot(data.T, delta)


if __name__ == "__main__":
    nn = NeuralNetwork([2, 2, 1])
