"""A softmax classifier trained by a generic gradient-descent routine that starts from `init_theta`: the
starting weights are drawn with std 1 for 784 inputs, so the logits start with variance 784."""

import numpy as np


def gradient_descent(X, y, init_theta, lossfunc, nsteps=100, learning_rate=0.1):
    theta = init_theta
    for _ in range(nsteps):
        loss, grad = lossfunc(X, y, theta)
        theta = theta - learning_rate * grad
        yield theta, loss


def softmax_loss(X, y, W):
    logits = X @ W
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    grad = X.T @ (p - np.eye(10)[y]) / len(X)
    return -np.log(p[np.arange(len(X)), y]).mean(), grad


def train(X, y, nsteps):
    init_W = np.random.randn(784, 10)  # expect: INI004
    for W, loss in gradient_descent(X, y, init_theta=init_W, lossfunc=softmax_loss, nsteps=nsteps):
        pass
    return W
