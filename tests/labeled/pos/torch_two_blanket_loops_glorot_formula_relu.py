"""A recommender (DLRM-style) with two MLPs, each initialised by its own loop over its modules with the
Glorot uniform bound written out, sqrt(6 / (fan_in + fan_out)): the bottom MLP's Linears feed ReLU.
The second loop reuses the name `module` but writes other tensors."""

import math

import torch.nn as nn


class DLRM(nn.Module):
    def __init__(self, n_dense=13, embed_dim=128):
        super().__init__()
        self.bot_mlp = nn.Sequential(nn.Linear(n_dense, 512), nn.ReLU(inplace=True),
                                     nn.Linear(512, 256), nn.ReLU(inplace=True),
                                     nn.Linear(256, embed_dim), nn.ReLU(inplace=True))
        self.top_mlp = nn.Sequential(nn.Linear(embed_dim * 27, 1024), nn.Tanh(), nn.Linear(1024, 1))
        for module in self.bot_mlp.modules():
            if isinstance(module, nn.Linear):
                limit = math.sqrt(6.0 / (module.in_features + module.out_features))
                nn.init.uniform_(module.weight.data, -limit, limit)  # expect: INI101
                nn.init.zeros_(module.bias.data)
        for module in self.top_mlp.modules():
            if isinstance(module, nn.Linear):
                nn.init.xavier_normal_(module.weight.data)
                nn.init.zeros_(module.bias.data)

    def forward(self, dense, sparse):
        x = self.bot_mlp(dense)
        return self.top_mlp(sparse(x))
