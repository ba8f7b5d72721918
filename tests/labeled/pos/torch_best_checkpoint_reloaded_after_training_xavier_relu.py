"""A training script keeps the best epoch's state (`best = copy.deepcopy(net.state_dict())`) and loads it back
after the loop: the checkpoint is what the Xavier init was trained into, not a replacement of it before
training. The hidden layer feeds ReLU."""

import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        nn.init.xavier_uniform_(self.fc1.weight)  # expect: INI101

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


net = Net()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
best, best_loss = None, float("inf")
for epoch in range(10):
    x, y = torch.randn(64, 784), torch.randint(0, 10, (64,))
    loss = F.cross_entropy(net(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if loss.item() < best_loss:
        best, best_loss = copy.deepcopy(net.state_dict()), loss.item()
net.load_state_dict(best)
