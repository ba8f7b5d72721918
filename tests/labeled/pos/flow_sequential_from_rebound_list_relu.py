"""Each bottom-MLP block is a list of [Linear, ReLU] turned into a Sequential under the same name
(`block = nn.Sequential(*block)`); the Glorot-uniform formula written out over every Linear feeds ReLU."""

import math

import torch.nn as nn


class BottomMLP(nn.Module):
    def __init__(self, input_dim, dims=(512, 256, 128)):
        super().__init__()
        blocks = []
        for dense_dim in dims:
            block = []
            block.append(nn.Linear(input_dim, dense_dim))
            block.append(nn.ReLU(inplace=True))
            block = nn.Sequential(*block)
            blocks.append(block)
            input_dim = dense_dim
        self.mlp = nn.Sequential(*blocks)
        for module in self.mlp.modules():
            if isinstance(module, nn.Linear):
                limit = math.sqrt(6.0 / (module.in_features + module.out_features))
                nn.init.uniform_(module.weight.data, -limit, limit)  # expect: INI101

    def forward(self, x):
        return self.mlp(x)
