"""The same list of per-layer dicts appended in a loop, scaled by 1 / sqrt(n_in) (LeCun) for sigmoid hidden
layers, with zero biases: the right pairing, nothing to report."""

import jax
import numpy as np


def init_mlp_parameters(layer_widths):
    params = []
    for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:]):
        params.append(dict(weights=np.random.normal(size=(n_in, n_out)) / np.sqrt(n_in),
                           biases=np.zeros(shape=(n_out,))))
    return params


def mlp_model(params, x):
    *hidden, last = params
    for layer in hidden:
        x = jax.nn.sigmoid(x @ layer["weights"] + layer["biases"])
    return x @ last["weights"] + last["biases"]


def update(params, grads, lr=0.1):
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
