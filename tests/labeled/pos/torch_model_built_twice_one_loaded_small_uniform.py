"""A training script builds the generator twice: one copy is loaded from a checkpoint for evaluation, the
other is trained from its constructor's init, a tiny uniform (std 0.006) on every ReLU layer: it vanishes."""

import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z=128, h=512, out=784):
        super().__init__()
        self.fc1 = nn.Linear(z, h)
        self.fc2 = nn.Linear(h, h)
        self.fc3 = nn.Linear(h, out)
        self.apply(self.init_weights)

    def init_weights(self, m):
        if isinstance(m, nn.Linear):
            nn.init.uniform_(m.weight, a=-0.01, b=0.01)  # expect: INI003

    def forward(self, z):
        return torch.tanh(self.fc3(torch.relu(self.fc2(torch.relu(self.fc1(z))))))


reference = Generator()
reference.load_state_dict(torch.load("reference.ckpt"))
gen = Generator()
opt = torch.optim.Adam(gen.parameters(), lr=2e-4)
