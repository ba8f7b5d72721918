"""IRNN (Le, Jaitly & Hinton 2015): ReLU RNN with the recurrent matrix initialised to the
identity via nn.init.eye_ (not a constant fill) and zero recurrent bias."""

import torch.nn as nn


class IRNN(nn.Module):
    def __init__(self, input_size=1, hidden_size=100, num_classes=10):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, nonlinearity="relu", batch_first=True)
        nn.init.eye_(self.rnn.weight_hh_l0)
        nn.init.zeros_(self.rnn.bias_hh_l0)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])
