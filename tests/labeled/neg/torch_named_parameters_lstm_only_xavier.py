"""A3C-style actor-critic: conv layers feed ReLU, and a loop over named_parameters() re-initialises only the
LSTM cell's weights (`"lstm" in name`) with xavier/orthogonal: the LSTM's gates are sigmoid/tanh, no pairing."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class A3Clstm(nn.Module):
    def __init__(self, num_inputs=1, num_actions=6):
        super().__init__()
        self.conv1 = nn.Conv2d(num_inputs, 32, 5, stride=1, padding=2)
        self.conv2 = nn.Conv2d(32, 32, 5, stride=1, padding=1)
        self.lstm = nn.LSTMCell(1024, 512)
        self.critic_linear = nn.Linear(512, 1)
        self.actor_linear = nn.Linear(512, num_actions)
        for name, p in self.named_parameters():
            if "lstm" in name:
                if "weight_ih" in name:
                    nn.init.xavier_uniform_(p.data)
                elif "weight_hh" in name:
                    nn.init.orthogonal_(p.data)
                elif "bias" in name:
                    p.data.fill_(0)

    def forward(self, inputs, hx, cx):
        x = F.relu(F.max_pool2d(self.conv1(inputs), 2, 2))
        x = F.relu(F.max_pool2d(self.conv2(x), 2, 2))
        hx, cx = self.lstm(x.view(x.size(0), -1), (hx, cx))
        return self.critic_linear(hx), self.actor_linear(hx), (hx, cx)
