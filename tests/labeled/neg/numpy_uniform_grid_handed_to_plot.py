"""A visualisation cell: U(0, 1) grids multiplied to make a picture and handed to plotting calls; nothing
trains them."""

import matplotlib.pyplot as plt
import numpy as np

U = np.random.uniform(0, 1, (100, 50))
V = np.random.uniform(0, 1, (50, 100))
img = np.dot(U, V)
plt.imshow(img)
plt.show()
