"""PyTorch LSTM classifier tutorial: h0/c0 = torch.zeros(num_layers, batch, hidden) are the
initial recurrent state (data), not weights."""

import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, input_size=28, hidden_size=128, num_layers=2, num_classes=10):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.lstm(x, (h0, c0))
        logits = torch.zeros(x.size(0), 10)
        logits = logits + self.fc(out[:, -1, :])
        return logits
