"""A blanket `normal_(param, 0, 0.02)` over every parameter of a conditional generator, with no type filter:
the label branch `Linear(cond_dim, 256)` gets cond_dim=10 from the construction below, and at fan-in 10 He's
std before LeakyReLU(0.2) is 0.44: 0.02 is a twentieth of it."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Generator(nn.Module):
    def __init__(self, input_dim, output_dim, cond_dim):
        super().__init__()
        self.fc1_1 = nn.Linear(input_dim, 256)
        self.fc1_2 = nn.Linear(cond_dim, 256)
        self.fc2 = nn.Linear(512, 1024)
        self.fc3 = nn.Linear(1024, output_dim)
        for param in self.parameters():
            nn.init.normal_(param, mean=0, std=0.02)  # expect: INI003

    def forward(self, x, label):
        x = F.leaky_relu(self.fc1_1(x), 0.2)
        y = F.leaky_relu(self.fc1_2(label), 0.2)
        x = F.leaky_relu(self.fc2(torch.cat([x, y], 1)), 0.2)
        return torch.tanh(self.fc3(x))


G = Generator(100, 784, 10)
