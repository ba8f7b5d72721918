"""The same network with the tuple assignment scaled by each fan-in (LeCun for the sigmoid layer), and the data
drawn the same way (`x, y = randn(N, D_in), randn(N, D_out)`: inputs and targets, not weights)."""

import numpy as np
from numpy.random import randn

N, D_in, H, D_out = 64, 1000, 100, 10
x, y = randn(N, D_in), randn(N, D_out)
w1, w2 = randn(D_in, H) / np.sqrt(D_in), randn(H, D_out) / np.sqrt(H)

for t in range(500):
    h = 1 / (1 + np.exp(-x.dot(w1)))
    y_pred = h.dot(w2)
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h.T.dot(grad_y_pred)
    grad_h = grad_y_pred.dot(w2.T)
    grad_w1 = x.T.dot(grad_h * h * (1 - h))
    w1 -= 1e-4 * grad_w1
    w2 -= 1e-4 * grad_w2
