"""A text classifier initialises every weight matrix of its LSTM with `kaiming_normal_` through the LSTM's
own named_parameters: the cell's tanh and sigmoid gates consume them, where He doubles the variance."""

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(128, 256, batch_first=True)
        self.fc = nn.Linear(256, 2)
        for name, p in self.lstm.named_parameters():
            if "weight" in name:
                nn.init.kaiming_normal_(p)  # expect: INI102

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])
