"""CS231n lecture demo: forward random data through 10 tanh layers and plot the
activation histograms for a given weight scale. Nothing is trained: a visualisation."""

import matplotlib.pyplot as plt
import numpy as np

D = np.random.randn(1000, 500)
hidden_layer_sizes = [500] * 10
Hs = {}
for i in range(len(hidden_layer_sizes)):
    X = D if i == 0 else Hs[i - 1]
    fan_in = X.shape[1]
    fan_out = hidden_layer_sizes[i]
    W = np.random.randn(fan_in, fan_out) * 1.0
    H = np.dot(X, W)
    Hs[i] = np.tanh(H)

plt.figure()
for i, H in Hs.items():
    plt.subplot(1, len(Hs), i + 1)
    plt.hist(H.ravel(), 30, range=(-1, 1))
plt.show()
