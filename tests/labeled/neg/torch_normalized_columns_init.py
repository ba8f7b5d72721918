"""A3C's normalized-columns initializer: a unit draw divided by its own row norm and scaled to `std`, so each
output unit's weight vector has norm `std` whatever the fan-in (1.0 for the value head, 0.01 for the policy).
The draw's unit scale does not survive the division."""

import torch
import torch.nn as nn
import torch.nn.functional as F


def normalized_columns_initializer(weights, std=1.0):
    out = torch.randn(weights.size())
    out *= std / torch.sqrt(out.pow(2).sum(1, keepdim=True))
    return out


class ActorCritic(nn.Module):
    def __init__(self, num_inputs, num_actions):
        super().__init__()
        self.fc = nn.Linear(num_inputs, 256)
        self.critic_linear = nn.Linear(256, 1)
        self.actor_linear = nn.Linear(256, num_actions)
        self.actor_linear.weight.data = normalized_columns_initializer(self.actor_linear.weight.data, 0.01)
        self.critic_linear.weight.data = normalized_columns_initializer(self.critic_linear.weight.data, 1.0)

    def forward(self, x):
        x = F.elu(self.fc(x))
        return self.critic_linear(x), self.actor_linear(x)
