"""A transformer-style stack whose init loop zeroes both layers of every MLP block: fc2 is the
last layer of the residual branch (fine), but fc1 feeds ReLU into fc2 -- a hidden zero layer in
every block, so fc1 and fc2 never get a gradient."""
import torch.nn as nn
import torch.nn.functional as F


class MLPBlock(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1 = nn.Linear(d, 4 * d)
        self.fc2 = nn.Linear(4 * d, d)

    def forward(self, x):
        return x + self.fc2(F.relu(self.fc1(x)))


class Net(nn.Module):
    def __init__(self, d, n):
        super().__init__()
        self.blocks = nn.Sequential(*[MLPBlock(d) for _ in range(n)])
        for m in self.modules():
            if isinstance(m, MLPBlock):
                nn.init.zeros_(m.fc1.weight)  # expect: INI001
                nn.init.zeros_(m.fc2.weight)
