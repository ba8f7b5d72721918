"""RL-library CNN: the initializer is a constructor default (hidden_init=nn.init.xavier_uniform_) applied to
each conv, whose alias is appended to a ModuleList; forward applies the default hidden_activation (ReLU)
after every conv: Xavier before ReLU."""

import torch.nn as nn


class CNN(nn.Module):
    def __init__(self, input_channels, n_channels=(32, 64, 64), kernel_sizes=(8, 4, 3),
                 hidden_init=nn.init.xavier_uniform_, hidden_activation=nn.ReLU()):
        super().__init__()
        self.hidden_activation = hidden_activation
        self.conv_layers = nn.ModuleList()
        for out_channels, kernel_size in zip(n_channels, kernel_sizes):
            conv = nn.Conv2d(input_channels, out_channels, kernel_size)
            hidden_init(conv.weight)  # expect: INI101
            conv.bias.data.fill_(0)
            conv_layer = conv
            self.conv_layers.append(conv_layer)
            input_channels = out_channels

    def forward(self, h):
        for layer in self.conv_layers:
            h = self.hidden_activation(layer(h))
        return h.flatten(1)
