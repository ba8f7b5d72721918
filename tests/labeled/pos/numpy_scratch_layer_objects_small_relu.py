"""nnfs-style from-scratch network: a Layer_Dense class draws 0.01 * randn for every layer and separate
Activation_ReLU objects follow them; at fan-in 128 ReLU needs He's 0.125, so 0.01 is under a tenth of it."""

import numpy as np


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)  # expect: INI003
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dinputs = np.dot(dvalues, self.weights.T)


class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)


X = np.random.randn(256, 128)
dense1 = Layer_Dense(128, 128)
activation1 = Activation_ReLU()
dense2 = Layer_Dense(128, 128)
activation2 = Activation_ReLU()
dense3 = Layer_Dense(128, 10)
for epoch in range(100):
    dense1.forward(X)
    activation1.forward(dense1.output)
    dense2.forward(activation1.output)
    activation2.forward(dense2.output)
    dense3.forward(activation2.output)
    for layer in (dense1, dense2, dense3):
        layer.weights -= 0.1 * layer.dweights
