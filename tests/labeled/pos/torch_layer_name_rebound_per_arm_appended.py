"""An evolved MLP built in a loop: each arm binds `linear` anew and appends it, and only the hidden arms append
a ReLU after it. The Xavier init of the hidden arm's layer is judged with that layer's own successor (ReLU),
not with the layer the name holds after the loop."""

import torch.nn as nn


class EvolvedDNN(nn.Module):
    def __init__(self, n_in, widths):
        super().__init__()
        blocks = []
        last = n_in
        for i, width in enumerate(widths):
            if i == 0:
                linear = nn.Linear(last, width)
                nn.init.normal_(linear.weight, std=0.02)
                blocks.append(linear)
            else:
                linear = nn.Linear(last, width)
                nn.init.xavier_normal_(linear.weight)  # expect: INI101
                blocks.append(linear)
                blocks.append(nn.ReLU())
            last = width
        self.mlp = nn.Sequential(*blocks)
        self.out = nn.Linear(last, 1)

    def forward(self, x):
        return self.out(self.mlp(x))
