"""Tensor in-place method on .data with mean and std both given: normal_(0, 0.001)
on the hidden layers of an MNIST MLP."""

import torch.nn as nn
import torch.nn.functional as F


class MnistMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 500)
        self.fc2 = nn.Linear(500, 10)
        self.fc1.weight.data.normal_(0, 0.001)  # expect: INI003
        self.fc1.bias.data.zero_()

    def forward(self, x):
        x = F.relu(self.fc1(x.view(-1, 784)))
        return F.log_softmax(self.fc2(x), dim=1)
