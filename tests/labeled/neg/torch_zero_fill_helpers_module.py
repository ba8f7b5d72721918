"""A module of AlphaFold-style init helpers (`final_init_`, `gating_init_`: `weights.fill_(0.0)`), none of them
called here: the layers that get them (the last projection of a residual update, a sigmoid gate's projection)
are chosen in other files, so nothing here says a hidden weight matrix is zeroed."""

import math

import torch


def trunc_normal_init_(weights, scale=1.0):
    std = math.sqrt(scale / max(1, weights.shape[1]))
    with torch.no_grad():
        torch.nn.init.trunc_normal_(weights, std=std)


def he_normal_init_(weights):
    trunc_normal_init_(weights, scale=2.0)


def final_init_(weights):
    with torch.no_grad():
        weights.fill_(0.0)


def gating_init_(weights):
    with torch.no_grad():
        weights.fill_(0.0)
