"""The scale of a layer's draw is chosen in the arms of an if: He for ReLU, Xavier otherwise. After the if the
scale is one of two fan-in formulas (neither is too small or too large), not whichever arm was written last."""

import numpy as np


def init_layer(n_in, n_out, activation="relu"):
    scale = 1.0
    if activation == "relu":
        scale = np.sqrt(2.0 / n_in)
    else:
        scale = np.sqrt(1.0 / n_in)
    return np.random.randn(n_in, n_out) * scale, np.zeros(n_out)


def forward(params, x):
    for W, b in params[:-1]:
        x = np.maximum(0, x @ W + b)
    W, b = params[-1]
    return x @ W + b


params = [init_layer(784, 256), init_layer(256, 10, activation="linear")]
