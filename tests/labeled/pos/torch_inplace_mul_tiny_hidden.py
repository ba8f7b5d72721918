"""The same net with the hidden weights shrunk in place to a thousandth (`W1.data.mul_(0.001)`): std 0.001 on
a hidden layer feeding ReLU, below the 0.01 floor."""

import torch


def train(X, y, steps=200, lr=0.1):
    W1 = torch.randn(784, 256, requires_grad=True)  # expect: INI003
    b1 = torch.zeros(256, requires_grad=True)
    W2 = torch.randn(256, 10) * (1 / 256) ** 0.5
    W2.requires_grad_()
    W1.data.mul_(0.001)
    opt = torch.optim.SGD([W1, b1, W2], lr=lr)
    for _ in range(steps):
        logits = torch.relu(X @ W1 + b1) @ W2
        loss = torch.nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
