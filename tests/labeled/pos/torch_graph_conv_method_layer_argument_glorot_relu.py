"""A spectral graph ConvNet lecture notebook: each graph-conv Linear is drawn at the Glorot scale
sqrt(2/(Fin+Fout)) and handed to a method of the network (graph_conv_cheby(x, self.cl1, ...)) that applies it;
forward puts F.relu after the call. Glorot under ReLU halves the variance per layer (He: sqrt(2/Fin))."""
import numpy as np
import torch.nn as nn
import torch.nn.functional as F


class GraphConvNet(nn.Module):
    def __init__(self, K, F1, F2, n_classes):
        super().__init__()
        self.cl1 = nn.Linear(K, F1)
        scale = np.sqrt(2.0 / (K + F1))
        self.cl1.weight.data.uniform_(-scale, scale)  # expect: INI101
        self.cl1.bias.data.fill_(0.0)
        self.fc = nn.Linear(F1, n_classes)
        self.K, self.F1 = K, F1

    def graph_conv_cheby(self, x, cl, L, Fout, K):
        B, V, Fin = x.size()
        x0 = x.permute(1, 2, 0).contiguous().view([V, Fin * B])
        x = x0.unsqueeze(0).repeat(K, 1, 1)
        x = x.view([K, V, Fin, B]).permute(3, 1, 2, 0).contiguous().view([B * V, Fin * K])
        x = cl(x)
        return x.view([B, V, Fout])

    def forward(self, x, L):
        x = self.graph_conv_cheby(x, self.cl1, L, self.F1, self.K)
        x = F.relu(x)
        return self.fc(x.mean(dim=1))
