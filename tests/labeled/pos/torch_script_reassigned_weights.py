"""Deep Learning with Python, chapter 3 (as a script): the same linear classifier written
three times; each W is trained before the next one is assigned, so each is its own
definition. torch.rand is positive-only U(0, 1) (INI005), in every version."""

import torch

input_dim, output_dim = 2, 1
inputs = torch.randn(2000, input_dim)
targets = torch.randint(0, 2, (2000, 1)).float()

W = torch.rand(input_dim, output_dim, requires_grad=True)  # expect: INI005
b = torch.zeros(output_dim, requires_grad=True)
for step in range(40):
    loss = torch.mean((targets - (inputs @ W + b)) ** 2)
    loss.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
        b -= 0.1 * b.grad

W = torch.rand(input_dim, output_dim)  # expect: INI005
b = torch.zeros(output_dim)
W.requires_grad_()
b.requires_grad_()
optimizer = torch.optim.SGD([W, b], lr=0.1)
