"""The unscaled draw is factored to print its singular values, and then used as the layer's weight
itself (fan-in 256): the decomposition does not make it a seed; std 1 is what the tanh layer gets."""

import numpy as np

W = np.random.randn(256, 256)  # expect: INI004
U, S, Vt = np.linalg.svd(W)
print("largest singular value", S[0])

X = np.random.randn(64, 256)
for step in range(100):
    H = np.tanh(X @ W)
    W -= 0.01 * X.T @ (H * (1 - H ** 2))
