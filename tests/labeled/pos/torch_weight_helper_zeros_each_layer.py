"""A helper that fills the weight it is given, called for every layer of the network: all
hidden units start identical and, under ReLU with zero bias, get no gradient."""
import torch.nn as nn
import torch.nn.functional as F


def zero_init(w):
    nn.init.constant_(w, 0.0)  # expect: INI001


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 128)
        self.fc2 = nn.Linear(128, 64)
        self.fc3 = nn.Linear(64, 10)
        zero_init(self.fc1.weight)
        zero_init(self.fc2.weight)
        zero_init(self.fc3.weight)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)
