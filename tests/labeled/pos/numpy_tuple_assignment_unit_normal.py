"""The classic two-layer NumPy network with its weights drawn in one tuple assignment,
`w1, w2 = randn(D_in, H), randn(H, D_out)`: each target takes its own draw. std 1 with fan-in 1000 saturates
the sigmoid hidden units; both are trained by the gradient steps below."""

import numpy as np
from numpy.random import randn

N, D_in, H, D_out = 64, 1000, 100, 10
x, y = randn(N, D_in), randn(N, D_out)
w1, w2 = randn(D_in, H), randn(H, D_out)  # expect: INI004

for t in range(500):
    h = 1 / (1 + np.exp(-x.dot(w1)))
    y_pred = h.dot(w2)
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h.T.dot(grad_y_pred)
    grad_h = grad_y_pred.dot(w2.T)
    grad_w1 = x.T.dot(grad_h * h * (1 - h))
    w1 -= 1e-4 * grad_w1
    w2 -= 1e-4 * grad_w2
