"""Random-feature method: each local network gets positive uniform weights from a visitor and is frozen right
after (every parameter's requires_grad set to False); only a linear least-squares readout is solved. The drawn
weights are fixed random features, never trained."""

import torch.nn as nn


def weights_init(m):
    if isinstance(m, (nn.Conv2d, nn.Linear)):
        nn.init.uniform_(m.weight, a=0, b=1.0)
        nn.init.uniform_(m.bias, a=-1.0, b=1.0)


class LocalRep(nn.Module):
    def __init__(self, M):
        super().__init__()
        self.hidden = nn.Sequential(nn.Linear(2, M), nn.Tanh())

    def forward(self, x):
        return self.hidden(x)


def build(n_models, M):
    models = []
    for _ in range(n_models):
        model = LocalRep(M)
        model = model.apply(weights_init)
        for param in model.parameters():
            param.requires_grad = False
        models.append(model)
    return models
