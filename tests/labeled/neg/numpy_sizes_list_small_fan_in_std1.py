"""Course notebook: init_NN(L) draws N(0, 1) weights with sizes indexed from the list it is given, and the
notebook calls it with L = [1, 8, 1]: every fan-in is under 16, where std 1 is silent (RULES: known fan-in)."""

import numpy as np


def init_NN(L):
    weights = []
    biases = []
    for i in range(len(L) - 1):
        weights.append(np.random.normal(loc=0.0, scale=1.0, size=[L[i], L[i + 1]]))
        biases.append(np.random.normal(loc=0.0, scale=1.0, size=[1, L[i + 1]]))
    return weights, biases


def forward(NN, x):
    weights, biases = NN
    for W, b in zip(weights, biases):
        x = np.tanh(x @ W + b)
    return x


L = [1, 8, 1]
NN = init_NN(L)
for epoch in range(100):
    out = forward(NN, np.random.randn(32, 1))
    for W in NN[0]:
        W -= 0.01 * W
