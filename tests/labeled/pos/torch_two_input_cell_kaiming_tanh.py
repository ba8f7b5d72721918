"""A hand-written recurrent classifier in PyTorch: the input and hidden projections are summed and
the sum goes through tanh, yet both are Kaiming-initialised for ReLU (too large for tanh)."""
import torch
import torch.nn as nn


class ElmanRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_classes):
        super().__init__()
        self.hidden_size = hidden_size
        self.x2h = nn.Linear(input_size, hidden_size)
        self.h2h = nn.Linear(hidden_size, hidden_size, bias=False)
        self.h2o = nn.Linear(hidden_size, n_classes)
        nn.init.kaiming_normal_(self.x2h.weight)  # expect: INI102
        nn.init.kaiming_normal_(self.h2h.weight)  # expect: INI102

    def forward(self, xs):
        h = xs.new_zeros(xs.size(0), self.hidden_size)
        for t in range(xs.size(1)):
            h = torch.tanh(self.x2h(xs[:, t]) + self.h2h(h))
        return self.h2o(h)
