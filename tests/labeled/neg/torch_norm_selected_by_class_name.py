"""A base _init_weights that recognises norms by class *name* (models rename their norm classes)
and a ViTDet-style block that loops over its norm sub-layers. All these weights are norm scales."""

import torch.nn as nn
from torch.nn import init


class PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, (nn.Linear, nn.Conv2d)):
            init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
        elif (
            isinstance(module, (nn.GroupNorm, nn.BatchNorm2d))
            or "LayerNorm" in module.__class__.__name__
            or "RMSNorm" in type(module).__name__
        ):
            if getattr(module, "weight", None) is not None:
                init.ones_(module.weight)
            if getattr(module, "bias", None) is not None:
                init.zeros_(module.bias)
        elif "BatchNorm" in module.__class__.__name__:
            init.ones_(module.weight)
            init.zeros_(module.bias)


class ResBottleneckBlock(nn.Module):
    def __init__(self, c, bottleneck):
        super().__init__()
        self.conv1 = nn.Conv2d(c, bottleneck, 1, bias=False)
        self.norm1 = nn.GroupNorm(32, bottleneck)
        self.conv2 = nn.Conv2d(bottleneck, c, 3, padding=1, bias=False)
        self.norm2 = nn.GroupNorm(32, c)
        for layer in [self.conv1, self.conv2]:
            init.kaiming_normal_(layer.weight, mode="fan_out", nonlinearity="relu")
        for layer in [self.norm1, self.norm2]:
            init.ones_(layer.weight)
            init.zeros_(layer.bias)
