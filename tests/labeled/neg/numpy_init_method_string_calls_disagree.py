"""An initialisation-comparison notebook: one layer class whose method picks the draw by a string, built
with a different scheme per experiment. Which arm runs depends on the call; no single arm is the layer's
init, and each arm used is sound for its activation (He before ReLU, Xavier before tanh)."""
import numpy as np


class Layer:
    def __init__(self, n_in, n_out, init="xavier"):
        self.n_in, self.n_out = n_in, n_out
        self.W = self.init_weights(init)
        self.b = np.zeros(n_out)

    def init_weights(self, scheme):
        if scheme == "xavier":
            return np.random.randn(self.n_in, self.n_out) * np.sqrt(1.0 / self.n_in)
        elif scheme == "he":
            return np.random.randn(self.n_in, self.n_out) * np.sqrt(2.0 / self.n_in)
        elif scheme == "tiny":
            return np.random.randn(self.n_in, self.n_out) * 0.0001

    def step(self, dW, lr=0.1):
        self.W -= lr * dW


relu_net = [Layer(784, 256, init="he"), Layer(256, 10, init="he")]
tanh_net = [Layer(784, 256, init="xavier"), Layer(256, 10, init="xavier")]
