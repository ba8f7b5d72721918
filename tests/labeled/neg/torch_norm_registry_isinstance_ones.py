"""LLM library init functions (llm-foundry style): each `*_init(module)` visitor tests the module against a
registry of classes; `norm_init` sets every registered norm's weight to 1 and bias to 0. Norm parameters."""

import torch
import torch.nn as nn

from .registry import norms


def norm_init(module: nn.Module, **kwargs) -> bool:
    del kwargs
    if isinstance(module, tuple({norms.get(name) for name in norms.get_all()})):
        if hasattr(module, "weight") and isinstance(module.weight, torch.Tensor):
            torch.nn.init.ones_(module.weight)
        if hasattr(module, "bias") and isinstance(module.bias, torch.Tensor):
            torch.nn.init.zeros_(module.bias)
        return True
    return False


def generic_param_init_fn_(module: nn.Module, init_fn_, **kwargs) -> None:
    for fn in (norm_init,):
        if fn(module, **kwargs):
            return
