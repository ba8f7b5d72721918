"""A recitation's attention model: one loop over every parameter gives each matrix Xavier, though the conv
encoder feeds LeakyReLU(0.2) at every layer; the LSTM cells in the same loop answer to their own gates."""

import torch


class NumberColorsNet(torch.nn.Module):
    def __init__(self, vocab=20):
        super().__init__()
        self.convs = torch.nn.ModuleList()
        self.convs.append(torch.nn.Conv2d(4, 64, kernel_size=3, stride=2))
        self.convs.append(torch.nn.Conv2d(64, 128, kernel_size=3, stride=2))
        self.convs.append(torch.nn.Conv2d(128, 256, kernel_size=3))
        self.rnn = torch.nn.LSTMCell(256 + vocab, 128)
        self.output_linear = torch.nn.Linear(128, vocab)
        self.leaky_relu = torch.nn.LeakyReLU(negative_slope=0.2)
        for param in self.parameters():
            if param.ndimension() >= 2:
                torch.nn.init.xavier_uniform_(param)  # expect: INI101
            else:
                param.data.zero_()

    def forward(self, img, label, state):
        for conv in self.convs:
            img = self.leaky_relu(conv(img))
        feat = img.mean(dim=(2, 3))
        h, c = self.rnn(torch.cat([feat, label], dim=1), state)
        return self.output_linear(torch.tanh(h)), (h, c)
