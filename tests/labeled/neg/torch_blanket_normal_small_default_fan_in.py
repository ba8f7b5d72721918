"""XOR network: N(0, 1) on every Linear through a modules() loop. Both layers have fan-in 2 (the
class is built with its defaults), and std 1 at fan-in < 16 is a fine scale (RULES: known fan-in
decides)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class XOR(nn.Module):
    def __init__(self, input_dim=2, output_dim=1):
        super().__init__()
        self.lin1 = nn.Linear(input_dim, 2)
        self.lin2 = nn.Linear(2, output_dim)

    def forward(self, x):
        x = torch.sigmoid(self.lin1(x))
        return torch.sigmoid(self.lin2(x))


model = XOR()


def weights_init(model):
    for m in model.modules():
        if isinstance(m, nn.Linear):
            m.weight.data.normal_(0, 1)


weights_init(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
