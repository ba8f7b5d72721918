"""A library's per-type init helpers: the norm layers' helper sets weight 1 and bias 0 on whatever module it
is given (the caller's isinstance test names a tuple of norm classes from another module): a norm's scale."""

import torch.nn as nn
from .norm import norm_layers_tuple


def initialize_norm_layers(module):
    def _init_fn(module):
        if hasattr(module, "weight") and module.weight is not None:
            nn.init.ones_(module.weight)
        if hasattr(module, "bias") and module.bias is not None:
            nn.init.zeros_(module.bias)

    _init_fn(module.layer) if hasattr(module, "layer") else _init_fn(module=module)


def initialize_weights(modules):
    for m in modules:
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        elif isinstance(m, norm_layers_tuple):
            initialize_norm_layers(module=m)
