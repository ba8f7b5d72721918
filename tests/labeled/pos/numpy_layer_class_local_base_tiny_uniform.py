"""A course's from-scratch layers: `from Layer import Layer` (the course's own Layer.py, not a framework's), a
fully connected layer type with a backward pass drawing its weights from U(-1e-4, 1e-4). The type serves every
layer of the networks built from it, hidden ones too: a std of 6e-5 makes the signal vanish."""

import numpy as np
from Layer import Layer


class FullyConnectedLayer(Layer):
    def __init__(self, sizeIn, sizeOut):
        super().__init__()
        self.__weight = np.random.uniform(-1e-4, 1e-4, size=(sizeIn, sizeOut))  # expect: INI003
        self.__bias = np.zeros(sizeOut)

    def forward(self, dataIn):
        self.setPrevIn(dataIn)
        out = dataIn @ self.__weight + self.__bias
        self.setPrevOut(out)
        return out

    def gradient(self):
        return self.__weight.T

    def backward(self, gradIn):
        return gradIn @ self.gradient()

    def updateWeights(self, gradIn, eta=1e-4):
        self.__weight -= eta * (self.getPrevIn().T @ gradIn)
