"""The JAX tutorial's helpers, with the layer sizes a parameter default of the function that builds the
network (`def baseline_mlp(layer_sizes=[784, 512, 512, 10])`): every layer has fan-in 784 or 512, where
0.01 is above a tenth of He's std (RULES: known fan-in decides; the deep-stack clause does not apply)."""

from jax import random


def random_layer_params(m, n, key, scale=1e-2):
    w_key, b_key = random.split(key)
    return scale * random.normal(w_key, (n, m)), scale * random.normal(b_key, (n,))


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [random_layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


def baseline_mlp(layer_sizes=[784, 512, 512, 10]):
    return init_network_params(layer_sizes, random.PRNGKey(0))
