"""A ViT-style init walks `named_modules()` and picks modules by name: the zeros go to the layer named
`head_fc` only, the classifier head (zero-init classifier heads are standard), not to every Linear."""

import torch
from torch.nn import init


def init_weights_vit(model):
    for k, m in model.named_modules():
        if isinstance(m, torch.nn.Linear):
            if "mlp_block" in k:
                init.xavier_uniform_(m.weight)
            elif "head_fc" in k:
                init.zeros_(m.weight)


class ViTLike(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.mlp_block = torch.nn.Linear(64, 64)
        self.head_fc = torch.nn.Linear(64, 10)
        init_weights_vit(self)

    def forward(self, x):
        return self.head_fc(torch.tanh(self.mlp_block(x)))
