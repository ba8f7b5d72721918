"""A JAX notebook: one cell draws `params = [normal(key, (512, 100)), normal(key, (512,))]` to show vmap on a
ReLU layer; a later cell defines `params` anew with a scaled MLP initialiser and trains that with an optimizer.
The first list is a demo's input (RULES: a later cell that assigns a name again defines it anew, and only the
new definition is trained)."""

import jax.numpy as np
from jax import grad, jit, random, vmap
from jax.example_libraries import optimizers

key = random.PRNGKey(1)
X = random.normal(key, (32, 100))
params = [random.normal(key, (512, 100)), random.normal(key, (512,))]


def relu_layer(params, x):
    return np.maximum(0, np.dot(params[0], x) + params[1])


out = vmap(relu_layer, in_axes=(None, 0))(params, X)


def initialize_mlp(sizes, key, scale=1e-1):
    keys = random.split(key, len(sizes))
    return [(scale * random.normal(k, (n, m)), np.zeros(n)) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


params = initialize_mlp([784, 512, 10], key)


def forward(params, x):
    for w, b in params[:-1]:
        x = np.maximum(0, np.dot(w, x) + b)
    w, b = params[-1]
    return np.dot(w, x) + b


def loss(params, x, y):
    return -np.sum(vmap(forward, in_axes=(None, 0))(params, x) * y)


opt_init, opt_update, get_params = optimizers.adam(1e-3)
opt_state = opt_init(params)


@jit
def update(i, opt_state, x, y):
    return opt_update(i, grad(loss)(get_params(opt_state), x, y), opt_state)
