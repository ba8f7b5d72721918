"""A transformers "modular" source file: a code generator copies this class into the model's
modeling file, where the class it tests against is defined. Here that name is undefined
(not imported, not defined), so the branch is a template that cannot run as written."""

import torch.nn as nn
from torch.nn import init

from .modeling_base import BasePreTrainedModel


class Wav2Vec2BertPreTrainedModel(BasePreTrainedModel):
    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            init.normal_(module.weight, mean=0.0, std=0.02)
        elif isinstance(module, AMSoftmaxLoss):
            init.normal_(module.weight)
