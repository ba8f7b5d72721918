"""A spiking layer's weights drawn as `randn` placeholders in the constructor and drawn again, scaled, by a
method named as a re-initialisation (`hom_init_`) that the training module calls after building it: the
constructor's draw never starts training."""

import math

import torch
import torch.nn as nn
from torch.nn.parameter import Parameter


class GLIFR(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.weight_iv = Parameter(torch.randn((input_size, hidden_size)))
        self.weight_lat = Parameter(torch.randn((hidden_size, hidden_size)))

    def hom_init_(self):
        bound = math.sqrt(1 / self.hidden_size)
        with torch.no_grad():
            nn.init.uniform_(self.weight_iv, -bound, bound)
            nn.init.uniform_(self.weight_lat, -bound, bound)

    def forward(self, x, firing):
        return torch.sigmoid(x @ self.weight_iv + firing @ self.weight_lat)
