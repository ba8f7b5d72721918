"""An init-comparison script: a helper walks the modules of the network it is handed (the scheme a second
argument), and the script builds the ReLU MLP in the call. Xavier on every Linear of a ReLU network."""

import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, input_dim, hidden_dim, n_layers):
        super().__init__()
        dims = [input_dim] + [hidden_dim] * n_layers
        self.linears = nn.ModuleList([nn.Linear(dims[i], dims[i + 1]) for i in range(len(dims) - 1)])
        self.relu = nn.ReLU()

    def forward(self, x):
        for i, lin in enumerate(self.linears):
            x = self.relu(lin(x))
        return x


def apply_init(model, scheme):
    for m in model.modules():
        if not isinstance(m, nn.Linear):
            continue
        if scheme == "xavier_uniform":
            nn.init.xavier_uniform_(m.weight)  # expect: INI101
        elif scheme == "he_normal":
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.zeros_(m.bias)
    return model


for scheme in ["xavier_uniform", "he_normal"]:
    model = apply_init(MLP(784, 256, 4), scheme)
