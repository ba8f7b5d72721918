"""A JAX autodiff demo: a linear loss on a weight vector of length 5, trained with momentum. std 1 with fan-in 5
is fine (RULES: std 1 with fan-in < 16 is silent); a weight vector's fan-in is its length."""

import jax
import jax.numpy as jnp
import optax

D = 5
key = jax.random.PRNGKey(0)
params = {"w": jax.random.normal(key, (D,))}
x = jax.random.normal(key, (D,))


def loss(params):
    return jnp.dot(x, params["w"])


opt = optax.sgd(0.1, momentum=0.9)
state = opt.init(params)
for _ in range(10):
    grads = jax.grad(loss)(params)
    updates, state = opt.update(grads, state)
    params = optax.apply_updates(params, updates)
