"""timm EfficientViM style: the base class's init_weights fills a rank-1 mixing
vector that only a subclass declares (nn.Parameter(torch.ones(n))): not a weight."""
import torch
import torch.nn as nn


class Backbone(nn.Module):
    def __init__(self, num_layers):
        super().__init__()
        self.num_layers = num_layers
        self.blocks = nn.ModuleList([nn.Linear(64, 64) for _ in range(num_layers)])
        self.weights = nn.Parameter(torch.empty(num_layers))
        self.init_weights()

    def init_weights(self):
        nn.init.ones_(self.weights)
        if hasattr(self, "weights_dist"):
            nn.init.ones_(self.weights_dist)


class DistilledBackbone(Backbone):
    def __init__(self, num_layers):
        super().__init__(num_layers)
        self.weights_dist = nn.Parameter(torch.ones(num_layers + 1))
