"""A 1-D GAN whose layers take their sizes from the constructor (`nn.Linear(input_dim, hidden_dim)`), built by
the script as `Generator(input_dim, hidden_dim, output_dim)` with `input_dim = 1`: the hidden layer's fan-in is
1, where `init.normal_` (std 1) is fine (RULES: std 1 with fan-in < 16)."""

import torch


class Generator(torch.nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()
        fc = torch.nn.Linear(input_dim, hidden_dim, bias=True)
        torch.nn.init.normal_(fc.weight)
        torch.nn.init.constant_(fc.bias, 0.0)
        self.hidden_layer = torch.nn.Sequential(fc, torch.nn.ReLU())
        self.output_layer = torch.nn.Linear(hidden_dim, output_dim, bias=True)
        torch.nn.init.normal_(self.output_layer.weight, std=0.1)

    def forward(self, x):
        return self.output_layer(self.hidden_layer(x))


input_dim = 1
hidden_dim = 32
output_dim = 1
G = Generator(input_dim, hidden_dim, output_dim)
optimizer = torch.optim.Adam(G.parameters(), lr=1e-3)
