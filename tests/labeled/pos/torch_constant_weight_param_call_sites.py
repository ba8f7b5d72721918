"""Udacity's weight-initialization notebook: `Net(constant_weight=...)` fills every Linear weight with the
value a call passes (None by default: no fill). The calls passing 0 and 1 make all-zero and all-one hidden
layers (fc1 and fc2 feed ReLU); each is reported where the number is passed."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, hidden_1=256, hidden_2=128, constant_weight=None):
        super().__init__()
        self.fc1 = nn.Linear(28 * 28, hidden_1)
        self.fc2 = nn.Linear(hidden_1, hidden_2)
        self.fc3 = nn.Linear(hidden_2, 10)
        if constant_weight is not None:
            for m in self.modules():
                if isinstance(m, nn.Linear):
                    nn.init.constant_(m.weight, constant_weight)
                    nn.init.constant_(m.bias, 0)

    def forward(self, x):
        x = x.view(-1, 28 * 28)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


model_0 = Net(constant_weight=0)  # expect: INI001
model_1 = Net(constant_weight=1)  # expect: INI002
model_default = Net()
optimizer = torch.optim.Adam(model_0.parameters(), 0.001)
