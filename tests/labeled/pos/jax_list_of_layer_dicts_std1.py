"""A JAX iris classifier whose model is a literal list of per-layer dicts: both weights are drawn
`jax.random.normal` (std 1). The first has fan-in 4 (< 16: silent); the second multiplies the 32 hidden ReLU
units, so its logits have std ~ sqrt(32 / 2) times the activations'."""

import jax
import jax.numpy as jnp


def create_model(rng):
    keys = jax.random.split(rng, 4)
    model = [
        {"weight": jax.random.normal(keys[0], (4, 32)), "bias": jax.random.normal(keys[1], (32,))},
        {"weight": jax.random.normal(keys[2], (32, 3)), "bias": jax.random.normal(keys[3], (3,))},  # expect: INI004
    ]
    return model


@jax.jit
def forward(model, x):
    for layer in model[:-1]:
        x = jax.nn.relu(jnp.dot(x, layer["weight"]) + layer["bias"])
    return jnp.dot(x, model[-1]["weight"]) + model[-1]["bias"]


def loss(model, x, y):
    return -jnp.mean(jax.nn.log_softmax(forward(model, x)) * y)


@jax.jit
def update(params, x, y, lr=0.01):
    grads = jax.grad(loss)(params, x, y)
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
