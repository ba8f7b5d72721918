"""GAN discriminator: kaiming_normal_(..., nonlinearity="relu") in front of LeakyReLU(0.2)
(the declaration should be a=0.2, nonlinearity="leaky_relu")."""

import torch.nn as nn


class Discriminator(nn.Module):
    def __init__(self, img_dim=784):
        super().__init__()
        self.fc1 = nn.Linear(img_dim, 512)
        self.fc2 = nn.Linear(512, 256)
        self.fc3 = nn.Linear(256, 1)
        self.act = nn.LeakyReLU(0.2)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")  # expect: INI103
        nn.init.kaiming_normal_(self.fc2.weight, nonlinearity="relu")  # expect: INI103

    def forward(self, x):
        x = self.act(self.fc1(x))
        x = self.act(self.fc2(x))
        return self.fc3(x)
