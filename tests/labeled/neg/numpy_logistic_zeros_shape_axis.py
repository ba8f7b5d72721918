"""Logistic regression trained with autograd: one weight per input feature, `np.zeros(inputs.shape[1])`.
One axis of an array's shape is one number, so the weight is a vector feeding a single sigmoid unit: no
hidden units, no symmetry to break (the same holds for `torch.zeros(x.size(1))`)."""

import autograd.numpy as np
from autograd import grad


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def logistic_predictions(weights, inputs):
    return sigmoid(np.dot(inputs, weights))


def training_loss(weights, inputs, targets):
    preds = logistic_predictions(weights, inputs)
    loss = preds * targets + (1 - preds) * (1 - targets)
    return -np.sum(np.log(loss))


def optimize(inputs, targets, loss_fn):
    gradient_loss = grad(loss_fn)
    weights = np.zeros(inputs.shape[1])
    for _ in range(100):
        weights -= gradient_loss(weights, inputs, targets) * 0.01
    return weights


def optimize_all(datasets):
    fitted = {}
    for name, (inputs, targets) in datasets.items():
        fitted[name] = optimize(inputs, targets, training_loss)
    return fitted
