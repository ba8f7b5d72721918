"""A conv-BN-ReLU block that picks Xavier for its conv, used twice by the network: its forward returns
relu(bn(conv(x))), so the ReLU is what the conv feeds (through its norm; RULES INI101: a norm between the layer
and its activation leaves the ReLU the consumer), and the block feeds the next one: He is the init to use."""

import torch.nn as nn


class ConvBlock(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)
        self.bn = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU()
        nn.init.xavier_uniform_(self.conv.weight)  # expect: INI101

    def forward(self, x):
        return self.relu(self.bn(self.conv(x)))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(ConvBlock(3, 32), ConvBlock(32, 64))
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        return self.fc(self.features(x).mean((2, 3)))
