"""A JAX MLP whose parameters are a list of per-layer dicts appended in a loop over the layer widths
(`params.append(dict(weights=..., biases=...))`), read back as `layer["weights"]` for every layer but the last,
each through jax.nn.sigmoid: He's sqrt(2 / n_in) chosen for sigmoid hidden layers."""

import jax
import numpy as np


def init_mlp_parameters(layer_widths):
    params = []
    for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:]):
        params.append(
            dict(
                weights=np.random.normal(size=(n_in, n_out)) * np.sqrt(2 / n_in),  # expect: INI102
                biases=np.zeros(shape=(n_out,)),
            )
        )
    return params


def mlp_model(params, x):
    *hidden, last = params
    for layer in hidden:
        x = jax.nn.sigmoid(x @ layer["weights"] + layer["biases"])
    return x @ last["weights"] + last["biases"]


def loss(params, x, y):
    return ((mlp_model(params, x) - y) ** 2).mean()


def update(params, x, y, lr=0.1):
    grads = jax.grad(loss)(params, x, y)
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
