"""A parametrization class dispatching on module types: its methods named for norm layers and embeddings fill a
norm's scale with ones and draw an embedding table N(0, 1) (both legitimate), whatever the parameter is called."""

import torch.nn as nn
from torch.nn import init


class Parametrizator:
    def __init__(self, std=0.02):
        self.std = std
        self.MODULE_TO_PARAMETRIZE = {
            nn.Linear: self._parametrize_linear,
            nn.LayerNorm: self._parametrize_layer_norm,
            nn.Embedding: self._parametrize_embedding,
        }

    def _parametrize_linear(self, param_name, module):
        if param_name == "weight":
            init.normal_(module.weight, mean=0.0, std=self.std)
        else:
            module.bias.zero_()

    def _parametrize_layer_norm(self, param_name, module):
        if param_name == "weight":
            module.weight.fill_(1)
        else:
            module.bias.zero_()

    def _parametrize_embedding(self, param_name, module):
        if param_name == "weight":
            init.normal_(module.weight, mean=0.0, std=1.0)
