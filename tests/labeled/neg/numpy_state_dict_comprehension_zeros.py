"""Hand-written Adam (CS231n optim.py style): first and second moments as dict comprehensions of zeros,
one per layer index. Optimizer state, not weights."""

import numpy as np


class Adam(object):
    def __init__(self, shapes, lr=1e-3, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.m = {'W%d' % i: np.zeros(shapes[i]) for i in range(len(shapes))}
        self.v = {'W%d' % i: np.zeros(shapes[i]) for i in range(len(shapes))}
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        for k in params:
            self.m[k] = self.beta1 * self.m[k] + (1 - self.beta1) * grads[k]
            self.v[k] = self.beta2 * self.v[k] + (1 - self.beta2) * grads[k] ** 2
            params[k] -= self.lr * self.m[k] / (np.sqrt(self.v[k]) + 1e-8)
