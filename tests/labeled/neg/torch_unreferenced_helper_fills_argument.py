"""Init helpers of a library module that this file never calls: one fills its argument with a constant (the
inverse softplus of 1, for per-head scalars elsewhere). What the argument is -- a matrix or a vector of scales --
is decided where the helper is used, not here."""

import torch


def final_init_(weights):
    with torch.no_grad():
        weights.fill_(0.0)


def ipa_point_weights_init_(weights):
    with torch.no_grad():
        softplus_inverse_1 = 0.541324854612918
        weights.fill_(softplus_inverse_1)
