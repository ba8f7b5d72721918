"""A from-scratch regression script (a NumPy tutorial): three weight matrices drawn from U(0, 1), all
positive, for tanh layers, trained by a loop that updates each array of a literal list in place. Positive-only
weights push every pre-activation the same way and saturate tanh."""
import numpy as np

x = np.linspace(-1, 1, 200)[:, None]
y = x ** 2
lr = 0.001

w1 = np.random.uniform(0, 1, (1, 10))  # expect: INI005
w2 = np.random.uniform(0, 1, (10, 10))  # expect: INI005
b1 = np.full((1, 10), 0.1)
b2 = np.full((1, 10), 0.1)

for step in range(300):
    a1 = np.tanh(x.dot(w1) + b1)
    out = a1.dot(w2) + b2
    delta = out - y
    dw2 = a1.T.dot(delta)
    db2 = delta.sum(axis=0, keepdims=True)
    d1 = delta.dot(w2.T) * (1 - a1 ** 2)
    dw1 = x.T.dot(d1)
    db1 = d1.sum(axis=0, keepdims=True)
    for param, grad in zip([w1, w2, b1, b2], [dw1, dw2, db1, db2]):
        param -= lr * grad
