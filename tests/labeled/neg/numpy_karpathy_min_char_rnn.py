"""Karpathy's min-char-rnn.py: Wxh/Whh/Why = randn * 0.01. A vanilla RNN's recurrent Whh is
not a chain of >= 3 feed-forward layers, so 0.01 stays silent."""

import numpy as np

data = open("input.txt", "r").read()
chars = list(set(data))
vocab_size = len(chars)
hidden_size = 100

Wxh = np.random.randn(hidden_size, vocab_size) * 0.01
Whh = np.random.randn(hidden_size, hidden_size) * 0.01
Why = np.random.randn(vocab_size, hidden_size) * 0.01
bh = np.zeros((hidden_size, 1))
by = np.zeros((vocab_size, 1))
mWxh, mWhh, mWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)


def step(x, hprev):
    h = np.tanh(np.dot(Wxh, x) + np.dot(Whh, hprev) + bh)
    y = np.dot(Why, h) + by
    p = np.exp(y) / np.sum(np.exp(y))
    return h, p
