"""Hugging Face-style _init_weights: custom norm classes (an RMSNorm that computes (1 + weight),
a gated RMSNorm, a LayerNorm with a 1P offset) and a Mamba mixer whose norm sub-layers are
custom classes. Their weights are per-channel scales: ones (or zeros for the 1 + w form)."""

import torch
import torch.nn as nn
from torch.nn import init


class Qwen3NextRMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.zeros(dim))

    def forward(self, x):
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return x * (1.0 + self.weight.float())


class MambaRMSNormGated(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x, gate):
        x = x * nn.functional.silu(gate)
        return self.weight * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)


class MambaMixer(nn.Module):
    def __init__(self, d_inner, dt_rank, d_state):
        super().__init__()
        self.x_proj = nn.Linear(d_inner, dt_rank + 2 * d_state, bias=False)
        self.dt_layernorm = MambaRMSNormGated(dt_rank)
        self.b_layernorm = MambaRMSNormGated(d_state)
        self.reset_parameters()

    def reset_parameters(self):
        init.ones_(self.dt_layernorm.weight)
        init.ones_(self.b_layernorm.weight)


class PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                init.zeros_(module.bias)
        elif isinstance(module, Qwen3NextRMSNorm):
            init.zeros_(module.weight)  # the norm computes (1 + weight)
        elif isinstance(module, MambaRMSNormGated):
            init.ones_(module.weight)
