"""A JAX classifier whose model is a literal list of per-layer dicts: the first weight is std 1 at fan-in 4
(< 16: the unscaled draw is fine there) and the second is scaled by 1/sqrt(fan-in)."""

import jax
import jax.numpy as jnp


def create_model(rng):
    keys = jax.random.split(rng, 4)
    model = [
        {"weight": jax.random.normal(keys[0], (4, 32)), "bias": jax.random.normal(keys[1], (32,))},
        {"weight": jax.random.normal(keys[2], (32, 3)) * jnp.sqrt(1 / 32), "bias": jax.random.normal(keys[3], (3,))},
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
