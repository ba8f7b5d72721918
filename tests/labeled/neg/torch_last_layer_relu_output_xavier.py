"""A blog's two-layer MLP whose output is non-negative: fc2 is the last layer and its ReLU the output link, so
Xavier on it halves one layer's output variance and nothing after it compounds that (He is on the hidden fc1)."""

import torch
import torch.nn as nn


class MyMLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(128, 128)
        self.fc2 = nn.Linear(128, 64)
        nn.init.kaiming_uniform_(self.fc1.weight, nonlinearity="relu")
        nn.init.xavier_uniform_(self.fc2.weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.relu(self.fc1(x))
        x = torch.relu(self.fc2(x))
        return x
