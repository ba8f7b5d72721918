"""Raw parameters made empty with their shapes and then drawn with `nn.init.normal_` (std 1): the first layer's
fan-in is 784 (the shape it was made with), so std 1 saturates the sigmoid units."""

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.W1 = nn.Parameter(torch.empty(784, 128))
        self.W2 = nn.Parameter(torch.empty(128, 10))
        nn.init.normal_(self.W1)  # expect: INI004
        nn.init.xavier_uniform_(self.W2)

    def forward(self, x):
        return torch.sigmoid(x @ self.W1) @ self.W2
