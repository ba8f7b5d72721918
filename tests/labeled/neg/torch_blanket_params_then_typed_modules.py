"""A course's init chapter: Xavier on every matrix parameter of LeNet-5, then, in the same function, a loop over
its modules that gives every Conv2d and Linear weight He init. Every matrix the first loop filled is a conv or
linear weight, so the Xavier values are all replaced before training: nothing is paired with the ReLUs."""

import torch.nn as nn


class LeNet5(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(),
                                  nn.MaxPool2d(2))
        self.fc = nn.Sequential(nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(),
                                nn.Linear(84, 10))

    def forward(self, x):
        return self.fc(self.conv(x))


def init_lenet5():
    model = LeNet5()
    for p in model.parameters():
        if p.dim() > 1:
            nn.init.xavier_uniform_(p)
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        if isinstance(m, nn.Linear):
            nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
    return model
