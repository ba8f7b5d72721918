"""A PyTorch model whose constructor picks the init of its hidden weight matrices by a string option
whose default, "constant", every instance keeps: each hidden unit starts with the same weights, so all
units stay identical (a constant fill is as symmetric as zeros)."""
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, n_in=784, n_hidden=256, n_out=10, init="constant"):
        super().__init__()
        self.w1 = nn.Parameter(self._make(init, n_in, n_hidden))
        self.w2 = nn.Parameter(self._make("kaiming", n_hidden, n_out))

    def _make(self, scheme, fan_in, fan_out):
        if scheme == "kaiming":
            return torch.randn(fan_in, fan_out) * (2.0 / fan_in) ** 0.5
        elif scheme == "constant":
            return torch.full((fan_in, fan_out), 0.05)  # expect: INI002
        raise ValueError(scheme)

    def forward(self, x):
        return torch.relu(x @ self.w1) @ self.w2


model = MLP()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
