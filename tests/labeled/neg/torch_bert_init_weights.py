"""HuggingFace BertPreTrainedModel._init_weights pattern: Linear N(0, 0.02) with zero bias,
Embedding N(0, 0.02) with the padding row zeroed, LayerNorm weight 1 / bias 0."""

import torch.nn as nn


class BertLikePreTrained(nn.Module):
    initializer_range = 0.02

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            module.weight.data.normal_(mean=0.0, std=0.02)
            if module.bias is not None:
                module.bias.data.zero_()
        elif isinstance(module, nn.Embedding):
            module.weight.data.normal_(mean=0.0, std=0.02)
            if module.padding_idx is not None:
                module.weight.data[module.padding_idx].zero_()
        elif isinstance(module, nn.LayerNorm):
            module.bias.data.zero_()
            module.weight.data.fill_(1.0)
