"""Deformable DETR / D-FINE inits: the attention-weight projection starts at zero (softmax gives
uniform weights over the sampling points, which then weight the sampled values) and a fusion gate
starts at weight 0, bias 0 (sigmoid = 0.5 mixes two residual streams). Both outputs weight other
paths; neither feeds further layers through a nonlinearity."""

import torch
import torch.nn as nn
from torch.nn import init


def deformable_attention(value, attention_weights):
    return (value.unsqueeze(-2) * attention_weights.unsqueeze(-1)).sum(-2)


class MultiscaleDeformableAttention(nn.Module):
    def __init__(self, d_model=256, n_points=4):
        super().__init__()
        self.n_points = n_points
        self.attention_weights = nn.Linear(d_model, n_points)
        self.value_proj = nn.Linear(d_model, d_model)
        self.output_proj = nn.Linear(d_model, d_model)

    def forward(self, hidden_states, values):
        value = self.value_proj(values)
        attention_weights = nn.functional.softmax(self.attention_weights(hidden_states), -1)
        output = deformable_attention(value, attention_weights)
        return self.output_proj(output)


class Gate(nn.Module):
    def __init__(self, d_model):
        super().__init__()
        self.gate = nn.Linear(2 * d_model, 2 * d_model)
        self.norm = nn.LayerNorm(d_model)

    def forward(self, second_residual, hidden_states):
        gates = torch.sigmoid(self.gate(torch.cat([second_residual, hidden_states], dim=-1)))
        gate1, gate2 = gates.chunk(2, dim=-1)
        return self.norm(gate1 * second_residual + gate2 * hidden_states)


class PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, MultiscaleDeformableAttention):
            init.constant_(module.attention_weights.weight, 0.0)
            init.constant_(module.attention_weights.bias, 0.0)
            init.xavier_uniform_(module.value_proj.weight)
            init.xavier_uniform_(module.output_proj.weight)
        if isinstance(module, Gate):
            init.constant_(module.gate.bias, 0.0)
            init.constant_(module.gate.weight, 0)
