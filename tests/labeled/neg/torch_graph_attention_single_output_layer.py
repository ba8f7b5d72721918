"""A graph attention layer used once, as the classifier: its projection goes as it is (attention-weighted)
into log_softmax, the output link. The softmax over the attention scores is no consumer of W; Xavier on
an output layer is fine."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphAttentionLayer(nn.Module):
    def __init__(self, in_features, out_features, slope=0.2):
        super().__init__()
        self.W = nn.Parameter(torch.empty(size=(in_features, out_features)))
        self.a = nn.Parameter(torch.empty(size=(2 * out_features, 1)))
        self.leakyrelu = nn.LeakyReLU(slope)
        nn.init.xavier_normal_(self.W)
        nn.init.xavier_normal_(self.a)

    def forward(self, h, adj):
        wh = torch.mm(h, self.W)
        n = wh.shape[0]
        pairs = torch.cat([wh.repeat(1, n).view(n * n, -1), wh.repeat(n, 1)], dim=1)
        e = self.leakyrelu(torch.matmul(pairs, self.a).view(n, n))
        e = torch.where(adj > 0, e, -9e15 * torch.ones_like(e))
        attention = F.softmax(e, dim=1)
        return torch.matmul(attention, wh)


class GAT(nn.Module):
    def __init__(self, n_feat, n_class):
        super().__init__()
        self.gat = GraphAttentionLayer(n_feat, n_class)

    def forward(self, x, adj):
        return F.log_softmax(self.gat(x, adj), dim=1)
