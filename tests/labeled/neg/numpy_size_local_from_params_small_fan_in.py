"""A pure-Python course network: the input layer gets one node more than the data has (room for a bias
node, `input_nodes = input_dimensions + 1`), and the script builds it for 2-D points with 10 hidden units.
Fan-in 3 and 10: std 1 stays silent there (RULES: known fan-in decides; std 1 with fan-in < 16)."""

import numpy as np


def initialize(input_dimensions, hidden_dimensions, output_dimensions):
    input_nodes = input_dimensions + 1
    hidden_nodes = hidden_dimensions
    output_nodes = output_dimensions
    input_weights = np.random.randn(input_nodes, hidden_nodes)
    output_weights = np.random.randn(hidden_nodes, output_nodes)
    return input_nodes, hidden_nodes, output_nodes, input_weights, output_weights


def train_step(input_weights, output_weights, x, lr):
    hidden = np.maximum(0, x @ input_weights)
    out = 1 / (1 + np.exp(-(hidden @ output_weights)))
    input_weights -= lr * np.outer(x, hidden)
    output_weights -= lr * np.outer(hidden, out)
    return out


n_in, n_hidden, n_out, w_in, w_out = initialize(2, 10, 2)
train_step(w_in, w_out, np.ones(n_in), 0.1)
