"""PyTorch MLP with a tiny `init_std=1e-4` default that every construction overrides with
`init_std=0.05` (fan-in 256): the call-site value decides over the default."""

import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, d_in=256, d_hidden=256, d_out=10, init_std=1e-4):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_hidden)
        self.out = nn.Linear(d_hidden, d_out)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=init_std)

    def forward(self, x):
        return self.out(torch.tanh(self.fc2(torch.tanh(self.fc1(x)))))


model = MLP(init_std=0.05)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
