"""DiT (Peebles & Xie) initialize_weights: Xavier for Linear layers, then adaLN-Zero --
the adaLN modulation and final layer are zeroed so every block starts as the identity."""

import torch.nn as nn


class DiTBlock(nn.Module):
    def __init__(self, hidden_size):
        super().__init__()
        self.adaLN_modulation = nn.Sequential(nn.SiLU(), nn.Linear(hidden_size, 6 * hidden_size, bias=True))


class DiTLike(nn.Module):
    def __init__(self, hidden_size=384, depth=4, out_channels=8):
        super().__init__()
        self.blocks = nn.ModuleList([DiTBlock(hidden_size) for _ in range(depth)])
        self.final_linear = nn.Linear(hidden_size, out_channels)
        self.initialize_weights()

    def initialize_weights(self):
        def _basic_init(module):
            if isinstance(module, nn.Linear):
                nn.init.xavier_uniform_(module.weight)
                if module.bias is not None:
                    nn.init.constant_(module.bias, 0)

        self.apply(_basic_init)
        for block in self.blocks:
            nn.init.constant_(block.adaLN_modulation[-1].weight, 0)
            nn.init.constant_(block.adaLN_modulation[-1].bias, 0)
        nn.init.constant_(self.final_linear.weight, 0)
        nn.init.constant_(self.final_linear.bias, 0)
