"""Unrolled optimisation / learned HMC: one learnable log step size per step and
dimension, initialised to log(0.01). Step sizes, not layer weights."""

import math

import torch
import torch.nn as nn


class LearnedGradientDescent(nn.Module):
    def __init__(self, n_steps=10, dim=64):
        super().__init__()
        self.log_step_weights = nn.Parameter(torch.full((n_steps, dim), math.log(0.01)))

    def forward(self, x, grad_fn):
        for t in range(self.log_step_weights.shape[0]):
            x = x - self.log_step_weights[t].exp() * grad_fn(x)
        return x
