"""A JAX MLP's params dict holds unit-normal matrices (std 1 with fan-in 784): a loss reads them in the
forward pass, and optax steps them with the gradients of that loss. tanh saturates from the first step."""

import jax
import jax.numpy as jnp
import optax


if __name__ == "__main__":
    params = {
        "w1": jax.random.normal(jax.random.PRNGKey(0), (784, 256)),  # expect: INI004
        "b1": jnp.zeros(256),
        "w2": jax.random.normal(jax.random.PRNGKey(1), (256, 10)) * 0.05,
    }

    def loss_fn(params, x, y):
        h = jnp.tanh(x @ params["w1"] + params["b1"])
        return optax.softmax_cross_entropy_with_integer_labels(h @ params["w2"], y).mean()

    optimizer = optax.sgd(1e-2)
    opt_state = optimizer.init(params)
    for x, y in batches:
        grads = jax.grad(loss_fn)(params, x, y)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        params = optax.apply_updates(params, updates)
