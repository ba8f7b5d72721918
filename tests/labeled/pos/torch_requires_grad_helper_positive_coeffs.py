"""fastai's from-scratch logistic model: coefficients drawn with torch.rand (all in [0, 0.1)) and
handed to autograd with .requires_grad_(), then multiplied with the data: positive-only weights."""

import torch

n_coeff = 12


def init_coeffs(): return (torch.rand(n_coeff, 1) * 0.1).requires_grad_()  # expect: INI005


def calc_preds(coeffs, indeps): return torch.sigmoid(indeps @ coeffs)


def update_coeffs(coeffs, lr):
    coeffs.sub_(coeffs.grad * lr)
    coeffs.grad.zero_()


def train_model(indeps, epochs=30, lr=0.01):
    coeffs = init_coeffs()
    for _ in range(epochs):
        preds = calc_preds(coeffs, indeps)
        preds.sum().backward()
        with torch.no_grad():
            update_coeffs(coeffs, lr)
    return coeffs
