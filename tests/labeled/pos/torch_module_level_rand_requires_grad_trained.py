"""PyTorch from-scratch notebook: plain tensors that autograd tracks and a manual SGD step updates; the hidden
weights are drawn from rand, in [0, 1): all positive."""

import torch

x = torch.randn(64, 7)
y = torch.randn(64, 1)
W = torch.rand(size=(7, 5))  # expect: INI005
b = torch.zeros(5)
W_output = torch.randn(5, 1) * 0.1
b_output = torch.zeros(1)
for p in (W, b, W_output, b_output):
    p.requires_grad_()

for step in range(100):
    hidden = torch.sigmoid(torch.mm(x, W) + b)
    pred = torch.mm(hidden, W_output) + b_output
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in (W, b, W_output, b_output):
            p -= 0.1 * p.grad
            p.grad.zero_()
