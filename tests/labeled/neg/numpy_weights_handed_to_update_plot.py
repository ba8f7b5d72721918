"""An animation script: random U(0, 1) grids handed to a plotting callback named for updating the figure
(`update_plot(W)`); no training step anywhere, the arrays are only pictures."""

import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots()
W = np.random.uniform(0, 1, (64, 64))
V = np.random.uniform(0, 1, (64, 64))


def update_plot(frame):
    ax.imshow(frame)


for _ in range(10):
    update_plot(np.dot(W, V))
    W, V = V, W
plt.show()
