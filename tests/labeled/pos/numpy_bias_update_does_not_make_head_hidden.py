"""A two-layer NumPy classifier trained with a hand-written backward pass: the bias update `b1 = b1 - lr * db1`
is made from the output layer's gradient, but a training step does not make b1 (nor the next forward pass)
carry the output layer: w2 stays the softmax head, where std 0.01 is a deliberate small head init (RULES), while
the hidden w1 with 0.01 at fan-in 64 before ReLU is under a tenth of He."""

import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
x = digits.data / 16.0
y = np.eye(10)[digits.target]
w1 = np.random.randn(64, 16) * 0.01  # expect: INI003
b1 = np.zeros((1, 16))
w2 = np.random.randn(16, 10) * 0.01
b2 = np.zeros((1, 10))
lr = 0.1

for _ in range(1000):
    z1 = x @ w1 + b1
    h = np.maximum(0, z1)
    z2 = h @ w2 + b2
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    dz2 = (p - y) / len(x)
    gw2 = h.T @ dz2
    gb2 = dz2.sum(axis=0, keepdims=True)
    dh = dz2 @ w2.T
    dz1 = dh * (z1 > 0)
    gw1 = x.T @ dz1
    gb1 = dz1.sum(axis=0, keepdims=True)
    w2 = w2 - lr * gw2
    b2 = b2 - lr * gb2
    w1 = w1 - lr * gw1
    b1 = b1 - lr * gb1
