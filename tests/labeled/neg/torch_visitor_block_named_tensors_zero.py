"""_init_weights branches on model-specific blocks and zeroes one named tensor of each: a
multimodal projector whose output is added into a pretrained LM's embeddings, confidence-head
weights (logits), a static short-conv kernel added to a dynamic kernel, and softmax mixing
weights over layers. Targeted inits of named tensors, not a blanket over layers."""

import torch
import torch.nn as nn
from torch.nn import init


class MultiModalProjector(nn.Module):
    def __init__(self, vision_dim, text_dim):
        super().__init__()
        self.mm_input_projection_weight = nn.Parameter(torch.zeros(vision_dim, text_dim))

    def forward(self, vision_outputs):
        return torch.matmul(vision_outputs, self.mm_input_projection_weight)


class ConfidenceHead(nn.Module):
    def __init__(self, max_atoms, hidden, bins):
        super().__init__()
        self.plddt_weight = nn.Parameter(torch.zeros(max_atoms, hidden, bins))

    def forward(self, single, atom_idx):
        return torch.einsum("...c,...cb->...b", single, self.plddt_weight[atom_idx])


class ShortConvolution(nn.Module):
    def __init__(self, kernel_size, hidden):
        super().__init__()
        self.static_weight = nn.Parameter(torch.zeros(kernel_size, hidden))
        self.dynamic = nn.Linear(hidden, kernel_size * hidden)

    def forward(self, x):
        weights = self.static_weight.T + self.dynamic(x).view(x.shape[0], -1, self.static_weight.shape[0])
        return (x.unsqueeze(-1) * weights).sum(-1)


class LayerMix(nn.Module):
    def __init__(self, num_layers):
        super().__init__()
        self.layer_weights = nn.Parameter(torch.zeros(num_layers + 1))

    def forward(self, hidden_states):
        return (self.layer_weights.softmax(0)[:, None, None] * hidden_states).sum(0)


class PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            init.normal_(module.weight, std=0.02)
        elif isinstance(module, MultiModalProjector):
            init.zeros_(module.mm_input_projection_weight)
        elif isinstance(module, ConfidenceHead):
            init.zeros_(module.plddt_weight)
        elif isinstance(module, ShortConvolution):
            init.zeros_(module.static_weight)
        elif isinstance(module, LayerMix):
            init.zeros_(module.layer_weights)
