"""The same network whose `init_weight()` nothing calls: the unscaled randn of `W` (fan-in 60) is what
training starts from."""

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim


class RNTN(nn.Module):
    def __init__(self, vocab_size, hidden_size, output_size):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden_size)
        self.W = nn.Parameter(torch.randn(hidden_size * 2, hidden_size))  # expect: INI004
        self.b = nn.Parameter(torch.randn(1, hidden_size))
        self.W_out = nn.Linear(hidden_size, output_size)

    def init_weight(self):
        nn.init.xavier_uniform_(self.W)
        self.b.data.fill_(0)

    def compose(self, left, right):
        return torch.tanh(torch.matmul(torch.cat([left, right], 1), self.W) + self.b)

    def forward(self, left, right):
        return F.log_softmax(self.W_out(self.compose(self.embed(left), self.embed(right))), 1)


model = RNTN(5000, 30, 5)

optimizer = optim.Adam(model.parameters(), lr=0.01)
