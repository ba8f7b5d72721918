"""An MLP built the common way -- a list of layers appended in a loop, then nn.Sequential(*layers) --
with a blanket Xavier init over every Linear: every hidden Linear feeds ReLU."""

import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, dims=(784, 512, 256, 10)):
        super().__init__()
        layers = []
        for d_in, d_out in zip(dims[:-2], dims[1:-1]):
            layers.append(nn.Linear(d_in, d_out))
            layers.append(nn.ReLU(inplace=True))
        layers.append(nn.Linear(dims[-2], dims[-1]))
        self.net = nn.Sequential(*layers)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)  # expect: INI101
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)
