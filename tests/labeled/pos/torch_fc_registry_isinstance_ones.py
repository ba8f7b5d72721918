"""LLM library init functions (registry style) with a slip: the visitor for the registered fully-connected
classes fills their weights with 1, so every unit of every projection computes the same thing."""

import torch
import torch.nn as nn

from .registry import fcs


def fc_init(module: nn.Module, **kwargs) -> bool:
    del kwargs
    if isinstance(module, tuple({fcs.get(name) for name in fcs.get_all()})):
        torch.nn.init.ones_(module.weight)  # expect: INI002
        if module.bias is not None:
            torch.nn.init.zeros_(module.bias)
        return True
    return False
