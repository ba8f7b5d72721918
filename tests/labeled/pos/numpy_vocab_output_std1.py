"""A language-model head drawn with std 1: its rows are indexed by the vocabulary but its multiplied side is
the 512-wide hidden state, so the logits have std sqrt(512) = 23 and the softmax saturates."""

import numpy as np


def init_lm(vocab_size, hidden=512):
    params = {
        "emb": np.random.randn(vocab_size, hidden) * 0.02,
        "w_out": np.random.randn(hidden, vocab_size),  # expect: INI004
    }
    return params


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def forward(params, tokens):
    h = np.tanh(params["emb"][tokens])
    return softmax(h @ params["w_out"])


def step(params, tokens, targets, lr=0.1):
    probs = forward(params, tokens)
    params["w_out"] -= lr * (np.tanh(params["emb"][tokens]).T @ (probs - targets))
