"""From-scratch NumPy layer class whose weights come from a method that picks its draw by a string
(`weight_init="normal"` by default, kept by every layer the script builds): the "normal" arm draws
std 1 for a 784-input layer, which saturates the next activation (LeCun/He: sqrt(1/784) = 0.036)."""
import numpy as np


class DenseLayer:
    def __init__(self, input_size, output_size, weight_init="normal"):
        self.input_size = input_size
        self.output_size = output_size
        self.weights = self._initialize_weights(weight_init)
        self.bias = np.zeros((1, output_size))

    def _initialize_weights(self, method):
        """Initialise the weight matrix with the requested scheme."""
        if method == "normal":
            return np.random.randn(self.input_size, self.output_size)  # expect: INI004
        elif method == "he":
            std = np.sqrt(2.0 / self.input_size)
            return np.random.normal(0, std, (self.input_size, self.output_size))
        elif method == "zeros":
            return np.zeros((self.input_size, self.output_size))
        else:
            raise ValueError(f"unknown init {method}")

    def forward(self, x):
        self.last_input = x
        return np.maximum(0, x @ self.weights + self.bias)

    def update(self, grad_w, grad_b, lr=0.01):
        self.weights -= lr * grad_w
        self.bias -= lr * grad_b


layers = [DenseLayer(784, 128), DenseLayer(128, 10)]
