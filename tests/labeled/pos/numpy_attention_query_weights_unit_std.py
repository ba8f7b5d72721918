"""A from-scratch multi-head attention layer: the query, key and value projections are drawn with std 1 and
no fan-in scaling (the input width is only known at build time)."""

import numpy as np


class MultiHeadAttention:
    def __init__(self, num_heads, key_dim):
        self.num_heads = num_heads
        self.key_dim = key_dim

    def generate_weights(self, input_shape):
        self.query_weights = np.random.randn(input_shape[-1], self.num_heads, self.key_dim)  # expect: INI004
        self.query_biases = np.zeros((self.num_heads, self.key_dim))
        self.key_weights = np.random.randn(input_shape[-1], self.num_heads, self.key_dim)  # expect: INI004
        self.key_biases = np.zeros((self.num_heads, self.key_dim))

    def __call__(self, x):
        q = np.einsum("bsd,dhk->bshk", x, self.query_weights) + self.query_biases
        k = np.einsum("bsd,dhk->bshk", x, self.key_weights) + self.key_biases
        return np.einsum("bqhk,bshk->bhqs", q, k)
