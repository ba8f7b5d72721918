"""An init visitor that fills every weight it meets with 1, applied to the projection Linear: a constant
weight matrix keeps every unit identical."""
import torch.nn as nn


def weights_init_const(m):
    if hasattr(m, "weight"):
        nn.init.constant_(m.weight, 1.0)  # expect: INI002


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(512, 256)
        self.out = nn.Linear(256, 10)
        self.proj.apply(weights_init_const)

    def forward(self, x):
        return self.out(self.proj(x).relu())
