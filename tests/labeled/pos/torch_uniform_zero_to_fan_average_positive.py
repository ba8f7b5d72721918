"""A weight-initialization comparison notebook: `uniform_(0, sqrt(2 / (n_in + n_out)))` looks like a
Glorot bound, but the lower bound is 0, so every weight is positive (not centred)."""
import numpy as np
import torch.nn as nn
import torch.nn.functional as F


def init_weight_fan_average_positive(m):
    classname = m.__class__.__name__
    if classname.find("Linear") != -1:
        n_in, n_out = m.in_features, m.out_features
        bound = np.sqrt(2 / (n_in + n_out))
        m.weight.data.uniform_(0, bound)  # expect: INI005
        m.bias.data.fill_(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


model = Net()
model.apply(init_weight_fan_average_positive)
