"""PyTorch introduction script: one forward step of a tiny network written out with plain tensors to show the
arithmetic (no requires_grad, no update, no optimizer); the script trains nn.Module models further down."""

import torch
import torch.nn as nn
import torch.optim as optim

inputs = torch.randn(2, 7)
W = torch.rand(size=(7, 5))
b = torch.rand(size=(5,))
W_output = torch.rand(size=(5, 1))
b_output = torch.rand(size=(1,))


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


output = sigmoid(torch.mm(inputs, W) + b)
output = sigmoid(torch.mm(output, W_output) + b_output)
print(output)

model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
optimizer = optim.SGD(model.parameters(), lr=0.01)
for x, y in zip(torch.randn(10, 32, 784), torch.randint(0, 10, (10, 32))):
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
