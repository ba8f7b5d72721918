"""A JAX MLP whose layers are `dict(weight=..., bias=...)` entries appended per layer and trained by SGD:
std 1/128 = 0.0078 is under 0.01 on the hidden layers (fan-in 1 and 64: a tenth of LeCun is 0.1 and
0.0125)."""

import jax
import jax.numpy as jnp

layers_shape = [1, 64, 128, 1]
key = jax.random.PRNGKey(17)


def selu(x, alpha=1.67, lmbda=1.05):
    return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)


def init_mlp_params(layers_shape):
    params = []
    for n_in, n_out in zip(layers_shape[:-1], layers_shape[1:]):
        weight = jax.random.normal(key, shape=(n_in, n_out)) / 128.0  # expect: INI003
        bias = jax.random.normal(key, shape=(n_out,)) / 128.0
        par_dict = dict(weight=weight, bias=bias)
        params.append(par_dict)
    return params


def forward(params, x):
    for par in params[:-1]:
        x = selu(jnp.matmul(x, par["weight"]) + par["bias"])
    return jnp.matmul(x, params[-1]["weight"]) + params[-1]["bias"]


def loss_fun(params, xs, ys):
    return jnp.mean((forward(params, xs) - ys) ** 2)


def sgd(params, xs, ys, lr=1e-3):
    grads = jax.grad(loss_fun)(params, xs, ys)
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)


params = init_mlp_params(layers_shape)
