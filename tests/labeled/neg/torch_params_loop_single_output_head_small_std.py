"""CTR model (DeepCTR-Torch style): after building the DNN, the one-logit output Linear is drawn with the
model's small `init_std` through a loop over that layer's own parameters. A small-std head is fine."""

import torch
import torch.nn as nn


class DNNModel(nn.Module):
    def __init__(self, input_dim, hidden_units=(256, 128), init_std=0.0001):
        super().__init__()
        self.fc1 = nn.Linear(input_dim, hidden_units[0])
        self.fc2 = nn.Linear(hidden_units[0], hidden_units[1])
        self.linear = nn.Linear(hidden_units[-1], 1, bias=False)
        for name, tensor in self.linear.named_parameters():
            if "weight" in name:
                nn.init.normal_(tensor, mean=0, std=init_std)

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        h = torch.relu(self.fc2(h))
        return torch.sigmoid(self.linear(h))
