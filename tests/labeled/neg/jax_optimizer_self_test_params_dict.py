"""An optimizer module's self-test: a params dict of unit-normal matrices is handed to the optimizer's
`init` and `update` with made-up gradients, and moved by a tree map. No forward pass reads the entries and
no gradient is computed from them: the arrays are the optimizer's test input, not a network's weights."""

import jax
import jax.numpy as jnp
import optax


def scaled_sign(learning_rate):
    def init_fn(params):
        return optax.EmptyState()

    def update_fn(updates, state, params=None):
        del params
        return jax.tree_util.tree_map(lambda g: -learning_rate * jnp.sign(g), updates), state

    return optax.GradientTransformation(init_fn, update_fn)


if __name__ == "__main__":
    params = {
        "w1": jax.random.normal(jax.random.PRNGKey(0), (32, 16)),
        "b1": jnp.zeros(16),
        "w2": jax.random.normal(jax.random.PRNGKey(1), (16, 4)),
    }
    optimizer = scaled_sign(1e-3)
    opt_state = optimizer.init(params)
    for step in range(10):
        grads = jax.tree_util.tree_map(lambda p: jax.random.normal(jax.random.PRNGKey(step), p.shape), params)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        params = jax.tree_util.tree_map(lambda p, u: p + u, params, updates)
        print(step, jnp.linalg.norm(updates["w1"]))
