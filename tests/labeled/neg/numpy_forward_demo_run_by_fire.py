"""A forward-only demo of a from-scratch dense layer (nnfs style), started through `fire.Fire(main)`: nothing trains
it (no backward pass, no optimizer, no update), so its unscaled randn weights are demo arrays, not trained weights."""

import numpy as np
class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))
    def forward(self, inputs):
        self.output = np.dot(inputs, self.weights) + self.biases
def main():
    X = np.random.randn(100, 784)
    dense1 = Layer_Dense(784, 64); dense2 = Layer_Dense(64, 10)
    dense1.forward(X); dense2.forward(np.maximum(0, dense1.output))
    print(dense2.output[:5])
if __name__ == "__main__":
    import fire
    fire.Fire(main)
