"""The same MLP with Xavier on the hidden fc1 too: fc1 feeds ReLU into fc2, so it is reported (fc2, the last
layer, is not)."""

import torch
import torch.nn as nn


class MyMLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(128, 128)
        self.fc2 = nn.Linear(128, 64)
        nn.init.xavier_uniform_(self.fc1.weight)  # expect: INI101
        nn.init.xavier_uniform_(self.fc2.weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.relu(self.fc1(x))
        x = torch.relu(self.fc2(x))
        return x
