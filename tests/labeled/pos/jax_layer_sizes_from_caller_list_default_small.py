"""The JAX tutorial's helpers, with the layer sizes a parameter default of the function that builds the
network (`def baseline_mlp(layer_sizes=[4, 8, 8, 3])`): the hidden layers have fan-in 4 and 8, where 0.01
is under a tenth of LeCun's std and the signal vanishes."""

from jax import random


def random_layer_params(m, n, key, scale=1e-2):
    w_key, b_key = random.split(key)
    return scale * random.normal(w_key, (n, m)), scale * random.normal(b_key, (n,))  # expect: INI003


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [random_layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


def baseline_mlp(layer_sizes=[4, 8, 8, 3]):
    return init_network_params(layer_sizes, random.PRNGKey(0))
