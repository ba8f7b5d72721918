"""Deep isolation forest: an ensemble of random networks, each built in `fit`, drawn N(0, 1) through a loop
over its parameters and only run under torch.no_grad() to make representations for isolation trees. Nothing
in the file takes a gradient step (the .fit calls are scikit-learn's): random feature maps, never trained."""

import numpy as np
import torch
from sklearn.ensemble import IsolationForest


class MLPnet(torch.nn.Module):
    def __init__(self, n_features, n_hidden=500, n_output=20):
        super().__init__()
        self.hidden = torch.nn.Linear(n_features, n_hidden)
        self.out = torch.nn.Linear(n_hidden, n_output)

    def forward(self, x):
        return self.out(torch.tanh(self.hidden(x)))


class DIF:
    def __init__(self, n_ensemble=50):
        self.n_ensemble = n_ensemble
        self.forests = []

    def fit(self, X):
        for i in range(self.n_ensemble):
            net = MLPnet(X.shape[1])
            for name, param in net.named_parameters():
                if name.endswith("weight"):
                    torch.nn.init.normal_(param, mean=0.0, std=1.0)
            with torch.no_grad():
                reduced = net(torch.from_numpy(X).float()).numpy()
            forest = IsolationForest()
            forest.fit(reduced)
            self.forests.append(forest)
        return self
