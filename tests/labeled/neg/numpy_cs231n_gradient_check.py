"""CS231n style numerical gradient check of a two-layer net's loss: the random W is only
an input of the check, compared with the analytic gradient, never trained."""

import numpy as np


def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        ix = it.multi_index
        old = x[ix]
        x[ix] = old + h
        fxph = f(x)
        x[ix] = old - h
        fxmh = f(x)
        x[ix] = old
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad


def loss(W, X, y):
    scores = X.dot(W)
    return 0.5 * np.sum((scores - y) ** 2), X.T.dot(scores - y)


X = np.random.randn(5, 40)
y = np.random.randn(5, 10)
W = np.random.randn(40, 10)
_, grad_analytic = loss(W, X, y)
grad_numerical = eval_numerical_gradient(lambda w: loss(w, X, y)[0], W)
print("relative error", np.max(np.abs(grad_numerical - grad_analytic)))
