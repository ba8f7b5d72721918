"""The same GPT-style model in the version that applies `_init_weights` to every Linear of its deep ReLU stack:
std 0.001 is far too small for the hidden layers."""

import torch.nn as nn


class GPT(nn.Module):
    def __init__(self, vocab_size, n_embd, n_layer):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, n_embd)
        self.blocks = nn.Sequential(*[nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.ReLU(),
                                                    nn.Linear(4 * n_embd, n_embd)) for _ in range(n_layer)])
        self.ln_out = nn.LayerNorm(n_embd)
        self.head = nn.Linear(n_embd, vocab_size, bias=False)
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            module.weight.data.normal_(mean=0.0, std=0.001)  # expect: INI003
        if isinstance(module, nn.Linear) and module.bias is not None:
            module.bias.data.zero_()

    def forward(self, idx):
        return self.head(self.ln_out(self.blocks(self.emb(idx))))
