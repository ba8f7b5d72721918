"""A library module whose layer fills its weight with a constructor argument and is built nowhere in this
file: which value it gets (if any) is decided by its users."""
import torch.nn as nn


class ScaledLinear(nn.Module):
    def __init__(self, n_in, n_out, value):
        super().__init__()
        self.proj = nn.Linear(n_in, n_out)
        nn.init.constant_(self.proj.weight, value)

    def forward(self, x):
        return self.proj(x)
