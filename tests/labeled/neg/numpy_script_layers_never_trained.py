"""The same script shape as a trained one, but the network it builds around unscaled arrays is only run
forward on one batch and printed: no trainer, no fit, no step. The arrays are a demo's data."""

import numpy as np

from nets.layer import DenseLayer
from nets.network import Network


if __name__ == "__main__":
    net = Network(loss="mse")
    w_1 = np.random.randn(784, 1000)
    b_1 = np.zeros((1, 1000))
    first = DenseLayer(w_1, b_1, np.tanh)
    net.layers = [first]
    print(net.predict(np.load("x.npy")).shape)
