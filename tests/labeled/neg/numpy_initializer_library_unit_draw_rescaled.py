"""A from-scratch Keras-like library's initializations module: `truncated_normal` draws unit normals (redrawing
the ones beyond the cut-off) and every initializer in the file scales its result by a fan formula
(`truncated_normal(shape) * np.sqrt(2 / fan_in)`). The unit draw is a building block, not a weight of std 1."""

import numpy as np


def truncated_normal(shape, params=[0.0, 1.0, 2.0], dtype=np.float64):
    mean, std, c = params
    W = np.random.standard_normal(shape)
    while np.sum(abs(W) > c):
        new = np.random.standard_normal(shape)
        idx = abs(W) > c
        W[idx] = new[idx]
    return W.astype(dtype) * std + mean


def he_normal(shape, dtype=np.float64):
    return truncated_normal(shape, dtype=dtype) * np.sqrt(2 / shape[0])


def lecun_normal(shape, dtype=np.float64):
    return truncated_normal(shape, dtype=dtype) * np.sqrt(1 / shape[0])


def glorot_normal(shape, dtype=np.float64):
    return truncated_normal(shape, dtype=dtype) * np.sqrt(2 / (shape[0] + shape[1]))
