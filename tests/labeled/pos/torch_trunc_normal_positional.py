"""timm-style _init_weights with nn.init.trunc_normal_(m.weight, 0.02) positional:
trunc_normal_(tensor, mean=0., std=1., a=-2., b=2.) -- 0.02 becomes the mean, std stays 1."""

import torch.nn as nn


class Mlp(nn.Module):
    def __init__(self, dim=384, hidden=1536):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(hidden, dim)
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            nn.init.trunc_normal_(m.weight, 0.02)  # expect: INI006
            if m.bias is not None:
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))
