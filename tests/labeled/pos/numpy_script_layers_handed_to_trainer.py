"""A from-scratch NumPy script (all of it under `if __name__ == "__main__":`) draws each layer's weights
unscaled, builds layer objects around them, stores them in a network and hands the network to a trainer
that it runs: the arrays are that network's trained weights (std 1 at fan-in 784 and 1000)."""

import numpy as np

from nets.layer import DenseLayer
from nets.network import Network
from nets.trainer import Trainer


if __name__ == "__main__":
    net = Network(loss="mse")
    w_1 = np.random.randn(784, 1000)  # expect: INI004
    b_1 = np.zeros((1, 1000))
    w_2 = np.random.randn(1000, 10)  # expect: INI004
    b_2 = np.zeros((1, 10))
    first = DenseLayer(w_1, b_1, np.tanh)
    second = DenseLayer(w_2, b_2, np.tanh)
    net.layers = [first, second]
    trainer = Trainer(net, learning_rate=0.1)
    trainer.train(np.load("x.npy"), np.load("y.npy"))
