"""Karpathy's Pong policy network: W1 drawn with the 1/sqrt(fan_in) scale ("Xavier" in its comment) and the
hidden activation zeroed in place (`h[h < 0] = 0`, ReLU): the LeCun scale before ReLU."""

import numpy as np

H, D = 200, 80 * 80
model = {}
model['W1'] = np.random.randn(H, D) / np.sqrt(D)  # expect: INI101
model['W2'] = np.random.randn(H) / np.sqrt(H)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def policy_forward(x):
    h = np.dot(model['W1'], x)
    h[h < 0] = 0
    logp = np.dot(model['W2'], h)
    return sigmoid(logp), h


def policy_backward(eph, epdlogp, epx):
    dW2 = np.dot(eph.T, epdlogp).ravel()
    dh = np.outer(epdlogp, model['W2'])
    dh[eph <= 0] = 0
    dW1 = np.dot(dh.T, epx)
    return {'W1': dW1, 'W2': dW2}


for episode in range(1000):
    x = np.random.randn(D)
    aprob, h = policy_forward(x)
    grad = policy_backward(h[None], np.array([[aprob - 1.0]]), x[None])
    for k in model:
        model[k] += 1e-4 * grad[k]
