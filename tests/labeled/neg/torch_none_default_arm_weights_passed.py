"""The same recurrent network built with its starting weights loaded from files: the zero fallback never runs."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from utils import load_weights


class SRN(nn.Module):
    def __init__(self, input_size, hidden_size, W_attr=None, U_attr=None):
        super().__init__()
        if W_attr is None:
            W = torch.zeros(size=[input_size, hidden_size])
        else:
            W = torch.tensor(W_attr, dtype=torch.float32)
        self.W = nn.Parameter(W)
        if U_attr is None:
            U = torch.zeros(size=[hidden_size, hidden_size])
        else:
            U = torch.tensor(U_attr, dtype=torch.float32)
        self.U = nn.Parameter(U)
        self.b = nn.Parameter(torch.zeros(size=[1, hidden_size]))

    def forward(self, inputs, hidden_state):
        for step in range(inputs.shape[1]):
            hidden_state = F.tanh(inputs[:, step, :] @ self.W + hidden_state @ self.U + self.b)
        return hidden_state


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = SRN(32, 64, W_attr=load_weights("w.npy"), U_attr=load_weights("u.npy"))
        self.fc = nn.Linear(64, 10)

    def forward(self, x, h):
        return self.fc(self.rnn(x, h))
