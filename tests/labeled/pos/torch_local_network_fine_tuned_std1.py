"""The same ensemble member, but fine-tuned: an optimizer steps the network after the N(0, 1) draw, so the
draw is a trained weight's start (std 1 at fan-in 500 explodes the tanh layer's pre-activations)."""

import torch


class MLPnet(torch.nn.Module):
    def __init__(self, n_features, n_hidden=500, n_output=20):
        super().__init__()
        self.hidden = torch.nn.Linear(n_features, n_hidden)
        self.out = torch.nn.Linear(n_hidden, n_output)

    def forward(self, x):
        return self.out(torch.tanh(self.hidden(x)))


class Trainer:
    def fit(self, X, y):
        net = MLPnet(X.shape[1])
        for name, param in net.named_parameters():
            if name.endswith("weight"):
                torch.nn.init.normal_(param, mean=0.0, std=1.0)  # expect: INI004
        opt = torch.optim.SGD(net.parameters(), lr=0.01)
        with torch.no_grad():
            baseline = net(X)
        loss = ((net(X) - y) ** 2).mean() + 0 * baseline.sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        return net
