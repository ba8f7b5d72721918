"""Parameters made with torch.empty((784, 256), requires_grad=True) and filled in place with normal_(std=0.001):
the fan-in, 784, is the empty tensor's first side, and 0.001 is far below a tenth of He (0.005) for the ReLU
layer it feeds."""

import torch

w1 = torch.empty((784, 256), requires_grad=True)
torch.nn.init.normal_(w1, mean=0.0, std=0.001)  # expect: INI003
w2 = torch.empty((256, 10), requires_grad=True)
torch.nn.init.normal_(w2, mean=0.0, std=0.05)

optimizer = torch.optim.SGD([w1, w2], lr=0.1)
for x, y in []:
    out = torch.relu(x @ w1) @ w2
    loss = torch.nn.functional.cross_entropy(out, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
