"""MNIST MLP from a PyTorch tutorial blog: Xavier on the hidden layers, F.relu between them
(ReLU halves the variance Xavier preserves)."""

import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(28 * 28, 512)
        self.fc2 = nn.Linear(512, 512)
        self.fc3 = nn.Linear(512, 10)
        nn.init.xavier_uniform_(self.fc1.weight)  # expect: INI101
        nn.init.xavier_uniform_(self.fc2.weight)  # expect: INI101

    def forward(self, x):
        x = x.view(-1, 28 * 28)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)
