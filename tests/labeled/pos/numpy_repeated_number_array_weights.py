"""A from-scratch 4-4-2 network writes its weights as arrays of one number repeated: every hidden unit starts
identical and gets the same gradient, so the symmetry is never broken."""

import numpy as np

Wh = np.array([[0.5 for j in range(4)] for i in range(4)])  # expect: INI002
Wo = np.array([[0.5 for j in range(4)] for i in range(2)])  # expect: INI002
alpha = 0.5


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(x):
    hidden = sigmoid(np.dot(Wh, x))
    return hidden, sigmoid(np.dot(Wo, hidden))


def learn(x, target):
    global Wh, Wo
    hidden, out = forward(x)
    err = target - out
    wog = -np.outer(err * out * (1 - out), hidden)
    whg = -np.outer(np.dot(Wo.T, err * out * (1 - out)) * hidden * (1 - hidden), x)
    Wo = Wo - alpha * wog
    Wh = Wh - alpha * whg


for _ in range(1000):
    learn(np.array([1, 0, 1, 0]), np.array([1, 0]))
