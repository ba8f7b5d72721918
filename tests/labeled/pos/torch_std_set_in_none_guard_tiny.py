"""A weights_init helper whose std defaults to None and is set in the None guard (`if std is None: std = 1e-3`),
applied to every Linear of a ReLU MLP: the std is 1e-3 on every path that reaches the init (INI003)."""

import torch.nn as nn
import torch.nn.functional as F
def init_weights(m, std=None):
    if std is None:
        std = 1e-3
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, mean=0.0, std=std)  # expect: INI003
        nn.init.zeros_(m.bias)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256); self.fc2 = nn.Linear(256, 128); self.fc3 = nn.Linear(128, 10)
        self.apply(init_weights)
    def forward(self, x):
        x = F.relu(self.fc1(x)); x = F.relu(self.fc2(x))
        return self.fc3(x)
