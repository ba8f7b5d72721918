"""A NumPy/CuPy-agnostic layer: `xp` names the array module (NumPy here). std 10 with fan-in 784."""

import numpy as np

try:
    import cupy as cp
    GPU = True
except ImportError:
    cp = None
    GPU = False

xp = np


class Linear:
    def __init__(self, n_in, n_out):
        self.W = xp.random.randn(n_out, n_in) * 10  # expect: INI004
        self.b = xp.zeros(n_out)

    def forward(self, x):
        return xp.tanh(self.W @ x + self.b)

    def step(self, grad_w, lr):
        self.W -= lr * grad_w


net = Linear(784, 100)
