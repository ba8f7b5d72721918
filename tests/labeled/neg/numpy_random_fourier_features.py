"""Random Fourier features (Rahimi & Recht, Tancik et al.): a fixed Gaussian frequency
matrix maps inputs to sin/cos features; its std is the kernel bandwidth."""

import numpy as np

rng = np.random.default_rng(0)
mapping_size = 256
scale = 10.0
B_weights = rng.normal(size=(mapping_size, 2)) * scale


def input_mapping(x, B):
    x_proj = (2.0 * np.pi * x) @ B.T
    return np.concatenate([np.sin(x_proj), np.cos(x_proj)], axis=-1)


coords = np.linspace(0, 1, 64)
grid = np.stack(np.meshgrid(coords, coords), -1).reshape(-1, 2)
features = input_mapping(grid, B_weights)
print(features.shape)
