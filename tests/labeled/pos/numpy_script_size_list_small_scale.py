"""A script's own list of layer sizes (`N = [2, 5, 1]`) drawn layer by layer with `randn * 0.01` in a loop over
it: the fan-ins are known (2 and 5), and 0.01 is below a tenth of 1/sqrt(fan_in) for each (0.07, 0.045)."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


N = [2, 5, 1]
weights = []
biases = []
for i in range(len(N) - 1):
    W = np.random.randn(N[i + 1], N[i]) * 0.01  # expect: INI003
    b = np.random.randn(N[i + 1], 1)
    weights.append(W)
    biases.append(b)

X = [np.random.randn(2, 1) for _ in range(100)]
Y = [1 if x[0] * x[1] > 0 else 0 for x in X]
for x, y in zip(X, Y):
    A = [x]
    for j in range(len(N) - 1):
        A.append(sigmoid(np.dot(weights[j], A[j]) + biases[j]))
    delta = (A[-1] - y) * A[-1] * (1 - A[-1])
    weights[-1] -= 0.1 * np.dot(delta, A[-2].T)
