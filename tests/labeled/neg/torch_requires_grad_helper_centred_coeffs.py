"""The same logistic model with centred coefficients (torch.rand - 0.5), and a positive draw kept
as data (the noise added to the inputs, never handed to autograd)."""

import torch

n_coeff = 12


def init_coeffs(): return (torch.rand(n_coeff, 1) - 0.5).requires_grad_()


def noise(): return torch.rand(n_coeff, 1) * 0.1


def calc_preds(coeffs, indeps): return torch.sigmoid(indeps @ coeffs)


def train_model(indeps, epochs=30, lr=0.01):
    coeffs = init_coeffs()
    jitter = noise()
    for _ in range(epochs):
        preds = calc_preds(coeffs, indeps + jitter.T)
        preds.sum().backward()
        with torch.no_grad():
            coeffs.sub_(coeffs.grad * lr)
            coeffs.grad.zero_()
    return coeffs
