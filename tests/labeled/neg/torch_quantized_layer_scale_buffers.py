"""I-BERT style integer-only layers: besides the float weight, each quantised layer keeps the
integer copy of its weight and its scaling factor, recomputed from the float weight at every
forward. They start at zero; they are derived state, not trained weights."""

import torch.nn as nn
from torch.nn import init

from .quant_modules import QuantEmbedding, QuantLinear


class IBertPreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, QuantLinear):
            init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                init.zeros_(module.bias)
            if getattr(module, "weight_integer", None) is not None:
                init.zeros_(module.weight_integer)
                init.zeros_(module.fc_scaling_factor)
        elif isinstance(module, QuantEmbedding):
            init.normal_(module.weight, mean=0.0, std=0.02)
            if getattr(module, "weight_scaling_factor", None) is not None:
                init.zeros_(module.weight_scaling_factor)
                init.zeros_(module.weight_integer)
