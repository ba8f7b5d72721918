"""GraphSAGE's reference PyTorch code: an Encoder module draws its weight with Xavier and applies ReLU to its own
product (`F.relu(self.weight.mm(combined.t()))`). The second encoder reads the first through a lambda, which the
dataflow does not follow; but a ReLU is never a network's output link, so the Xavier weight feeds a hidden ReLU."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


class Encoder(nn.Module):
    def __init__(self, features, feature_dim, embed_dim):
        super().__init__()
        self.features = features
        self.weight = nn.Parameter(torch.FloatTensor(embed_dim, feature_dim))
        init.xavier_uniform_(self.weight)  # expect: INI101

    def forward(self, nodes):
        combined = self.features(nodes)
        return F.relu(self.weight.mm(combined.t()))


class SupervisedGraphSage(nn.Module):
    def __init__(self, num_classes, enc):
        super().__init__()
        self.enc = enc
        self.xent = nn.CrossEntropyLoss()
        self.weight = nn.Parameter(torch.FloatTensor(num_classes, 128))
        init.kaiming_uniform_(self.weight, nonlinearity="linear")

    def forward(self, nodes):
        return self.weight.mm(self.enc(nodes)).t()


features = nn.Embedding(2708, 1433)
enc1 = Encoder(features, 1433, 128)
enc2 = Encoder(lambda nodes: enc1(nodes).t(), 128, 128)
graphsage = SupervisedGraphSage(7, enc2)
optimizer = torch.optim.SGD(graphsage.parameters(), lr=0.7)
