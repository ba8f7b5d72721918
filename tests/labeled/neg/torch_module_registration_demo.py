"""Course chapter on parameter registration: a Parameter the forward never uses and a plain tensor
attribute (not a Parameter, so not trained) -- neither is a trained weight of a network."""

import torch
import torch.nn as nn


class MyModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight1 = nn.Parameter(torch.rand(20, 20))
        self.weight2 = torch.rand(20, 20)

    def forward(self, x):
        pass


n = MyModel()
for name, param in n.named_parameters():
    print(name)
