"""Regressing one input: the hidden weight is drawn randn * sqrt(2 / INPUT_LAYER_SIZE) with INPUT_LAYER_SIZE = 1,
i.e. He for a fan-in of 1 (std 1.41) before ReLU -- the right scale, not a unit draw blown up by a factor."""

import numpy as np

INPUT_LAYER_SIZE, HIDDEN_LAYER_SIZE, OUTPUT_LAYER_SIZE = 1, 16, 1
Wh = np.random.randn(INPUT_LAYER_SIZE, HIDDEN_LAYER_SIZE) * np.sqrt(2.0 / INPUT_LAYER_SIZE)
Wo = np.random.randn(HIDDEN_LAYER_SIZE, OUTPUT_LAYER_SIZE) * np.sqrt(1.0 / HIDDEN_LAYER_SIZE)


def forward(X):
    h = np.maximum(0, X.dot(Wh))
    return h.dot(Wo)


for step in range(100):
    X = np.random.rand(32, 1)
    err = forward(X) - np.sin(X)
    Wo -= 0.01 * np.maximum(0, X.dot(Wh)).T.dot(err)
