"""A from-scratch two-layer net in PyTorch: the weights are drawn with `torch.randn` and then halved in place
under `torch.no_grad()` (`W2.mul_(0.5)`): W2 has std 0.5 at fan-in 16, about twice Xavier, not std 1."""

import torch


def train(X, y, steps=200, lr=0.1):
    W1 = torch.randn(2, 16, requires_grad=True)
    b1 = torch.zeros(16, requires_grad=True)
    W2 = torch.randn(16, 2, requires_grad=True)
    b2 = torch.zeros(2, requires_grad=True)
    params = [W1, b1, W2, b2]
    with torch.no_grad():
        W1.mul_(0.5)
        W2.mul_(0.5)
    opt = torch.optim.SGD(params, lr=lr)
    for _ in range(steps):
        logits = torch.relu(X @ W1 + b1) @ W2 + b2
        loss = torch.nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return params
