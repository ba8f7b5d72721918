"""Interest extractor (DIEN reference code style): the GRU's weights re-drawn with std init_std = 1e-4
through a loop over the GRU's own parameters. Recurrent weights that small vanish the hidden state."""

import torch
import torch.nn as nn


class InterestExtractor(nn.Module):
    def __init__(self, input_size, init_std=0.0001):
        super().__init__()
        self.gru = nn.GRU(input_size=input_size, hidden_size=input_size, batch_first=True)
        for name, tensor in self.gru.named_parameters():
            if "weight" in name:
                nn.init.normal_(tensor, mean=0, std=init_std)  # expect: INI003

    def forward(self, keys):
        interests, _ = self.gru(keys)
        return interests
