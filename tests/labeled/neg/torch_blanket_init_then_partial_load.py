"""A blanket init of every module, then a checkpoint loaded with strict=False: the checkpoint replaces
what the walk wrote wherever it has the layer, so the walk's init is not judged."""

import torch.nn as nn


class Net(nn.Module):
    def __init__(self, state):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        self.init_weights(state)

    def forward(self, x):
        return self.fc2(nn.functional.relu(self.fc1(x)))

    def init_weights(self, state):
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=0.001)
        self.load_state_dict(state, strict=False)
