"""From-scratch PyTorch MNIST (no nn.Module): w is a leaf tensor trained by SGD, but
drawn with std 5 (randn * 5) for fan-in 784: activations explode."""

import torch
import torch.nn.functional as F

w = (torch.randn(784, 10) * 5).requires_grad_()  # expect: INI004
b = torch.zeros(10, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)


def model(xb):
    return xb @ w + b


def fit(train_dl, epochs=2):
    for _ in range(epochs):
        for xb, yb in train_dl:
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
            opt.zero_grad()
