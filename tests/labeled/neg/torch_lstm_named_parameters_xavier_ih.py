"""Speech enhancement model: Xavier for the LSTM's input-hidden weights and orthogonal for the recurrent
ones, in a loop over that LSTM's parameters only; the linear layers after it are built elsewhere."""

import torch.nn as nn


class EnhanceLSTM(nn.Module):
    def __init__(self, input_size=257, hidden_size=200):
        super().__init__()
        self.activation = nn.LeakyReLU(negative_slope=0.3)
        self.blstm = nn.LSTM(input_size, hidden_size, num_layers=2, bidirectional=True, batch_first=True)
        for name, param in self.blstm.named_parameters():
            if "bias" in name:
                nn.init.zeros_(param)
            elif "weight_ih" in name:
                nn.init.xavier_uniform_(param)
            elif "weight_hh" in name:
                nn.init.orthogonal_(param)
        self.linear1 = nn.Linear(2 * hidden_size, 300)
        self.linear2 = nn.Linear(300, input_size)

    def forward(self, x):
        out, _ = self.blstm(x)
        out = self.activation(self.linear1(out))
        return self.linear2(out)
