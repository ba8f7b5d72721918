"""OpenFold-style Linear with an `init=` flag the author sets per layer ("final" for output
projections, "gating" for sigmoid gates), and xLSTM-style gates selected by module name.
The zeros go to layers picked one by one, not to every layer."""

import math

import torch
import torch.nn as nn
from torch.nn import init


class FoldLinear(nn.Linear):
    def __init__(self, d_in, d_out, bias=True, init="default"):
        super().__init__(d_in, d_out, bias=bias)
        self.init = init


class PreTrainedModel(nn.Module):
    def _module_name(self, module):
        for name, mod in self.named_modules():
            if mod is module:
                return name
        return ""

    def _init_weights(self, module):
        if isinstance(module, FoldLinear):
            if module.init == "default":
                init.kaiming_normal_(module.weight, nonlinearity="linear")
            elif module.init == "relu":
                init.kaiming_normal_(module.weight, nonlinearity="relu")
            elif module.init == "gating":
                init.zeros_(module.weight)
                if module.bias is not None:
                    init.ones_(module.bias)
            elif module.init == "final":
                init.zeros_(module.weight)
        elif isinstance(module, nn.Linear):
            init.normal_(module.weight, std=1 / math.sqrt(module.in_features))
            if "gate" in self._module_name(module):
                init.zeros_(module.weight)
                init.copy_(module.bias, torch.linspace(3.0, 6.0, module.bias.shape[-1]))
