"""nnfs-style network: one layer class (`0.01 * randn`) built twice, `layer1 = layer(784, 128)` feeding a
ReLU object and `layer2 = layer(128, 10)` whose output goes to a softmax/cross-entropy loss object. The hidden
instance decides: at fan-in 784, He/10 is 0.005, and 0.01 is above it; the output layer is no hidden one."""

import numpy as np


class layer:
    def __init__(self, inputs, neurons):
        self.weights = 0.01 * np.random.randn(inputs, neurons)
        self.bias = np.zeros((1, neurons))

    def forward(self, input):
        self.input = input
        self.output = np.matmul(input, self.weights) + self.bias

    def backward(self, gradient):
        self.dweights = np.matmul(self.input.T, gradient)
        self.dbias = np.sum(gradient, keepdims=True, axis=0)
        self.dinput = np.matmul(gradient, self.weights.T)


class ReLU:
    def forward(self, input):
        self.input = input
        self.output = np.maximum(0, input)

    def backward(self, gradient):
        self.dinput = gradient.copy()
        self.dinput[self.input <= 0] = 0


class SoftmaxCrossEntropy:
    def forward_softmax(self, input):
        e = np.exp(input - np.max(input, axis=1, keepdims=True))
        self.output = e / np.sum(e, axis=1, keepdims=True)

    def backward(self, target):
        self.dinput = (self.output - target) / len(target)


layer1 = layer(784, 128)
layer2 = layer(128, 10)
relu = ReLU()
loss = SoftmaxCrossEntropy()
for epoch in range(30):
    for x, y in batches:
        layer1.forward(x)
        relu.forward(layer1.output)
        layer2.forward(relu.output)
        loss.forward_softmax(layer2.output)
        loss.backward(y)
        layer2.backward(loss.dinput)
        relu.backward(layer2.dinput)
        layer1.backward(relu.dinput)
        for l in (layer1, layer2):
            l.weights -= 0.1 * l.dweights
            l.bias -= 0.1 * l.dbias
