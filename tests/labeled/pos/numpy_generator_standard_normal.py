"""NumPy Generator API: rng.standard_normal((n_in, n_out)) used unscaled as a
hidden weight matrix (std 1 with 512 inputs)."""

import numpy as np

rng = np.random.default_rng(42)

n_in, n_hidden, n_out = 512, 256, 10
W_in = rng.standard_normal((n_in, n_hidden))  # expect: INI004
b_in = np.zeros(n_hidden)
W_out = rng.standard_normal((n_hidden, n_out)) / np.sqrt(n_hidden)
b_out = np.zeros(n_out)


def forward(x):
    h = np.tanh(x @ W_in + b_in)
    return h @ W_out + b_out
