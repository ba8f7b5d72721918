"""A course script's visualisation cell: free tensors filled in place with three inits, whose values are
histogrammed side by side. None is in a network, none is trained: data for a plot."""

import matplotlib.pyplot as plt
import torch
from torch.nn import init

w_small = torch.zeros(256, 256)
w_large = torch.zeros(256, 256)
w_xavier = torch.zeros(256, 256)
init.normal_(w_small, std=0.01)
init.normal_(w_large, std=1.0)
init.xavier_uniform_(w_xavier)
plt.hist(w_small.flatten().numpy(), bins=50, alpha=0.5, density=True)
plt.hist(w_xavier.flatten().numpy(), bins=50, alpha=0.5, density=True)
plt.savefig("init_comparison.png")
