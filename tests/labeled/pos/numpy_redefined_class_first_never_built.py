"""A notebook-style script that defines `Net` twice: the first version (std-1 weights, sigmoid) is never built,
since `Net(2, 3)` runs after the second definition; the sizes of that call belong to the second class only, so
the first one's weights are judged with unknown fan-in."""

import numpy as np


class Net():
    def __init__(self, x_dim, W_dim):
        self.W = np.random.normal(size=(x_dim, W_dim))  # expect: INI004
        self.V = np.random.normal(size=(W_dim, 1))
        self.afunc = lambda x: 1 / (1 + np.exp(-x))

    def predict(self, x):
        l1 = self.afunc(np.matmul(x, self.W))
        return self.afunc(np.matmul(l1, self.V))


class LinearSigmoidLayer():
    def __init__(self, in_dim, out_dim):
        self.W = np.random.normal(size=(in_dim, out_dim))
        self.W_grad = np.zeros_like(self.W)
        self.afunc = lambda x: 1. / (1. + np.exp(-x))

    def forward(self, x):
        self.x = x
        self.y = self.afunc(np.matmul(x, self.W))
        return self.y

    def backward(self, grad_out):
        self.W_grad = np.matmul(self.x.transpose(), self.y * (1 - self.y) * grad_out)
        return np.matmul(self.y * (1 - self.y) * grad_out, self.W.transpose())


class Net():
    def __init__(self, x_dim, W_dim):
        self.l1 = LinearSigmoidLayer(x_dim, W_dim)
        self.l2 = LinearSigmoidLayer(W_dim, 1)

    def predict(self, x):
        return self.l2.forward(self.l1.forward(x))

    def grad_step(self, lr=1e-4):
        self.l1.W -= lr * self.l1.W_grad
        self.l2.W -= lr * self.l2.W_grad


model = Net(2, 3)
out = model.predict(np.array([[5.0, 3.0]]))
model.grad_step(lr=1e-1)
