"""JAX autodiff cookbook: jax.checkpoint (remat) on a toy function; W1 and W2 are
random inputs to show which residuals are saved, nothing is trained."""

import jax
import jax.numpy as jnp
from jax import random


def g(W, x):
    y = jnp.dot(W, x)
    return jnp.sin(y)


def f(W1, W2, W3, x):
    x = jax.checkpoint(g)(W1, x)
    x = jax.checkpoint(g)(W2, x)
    x = jax.checkpoint(g)(W3, x)
    return x


W1 = random.normal(random.PRNGKey(1), (5, 4)) * 10
W2 = random.normal(random.PRNGKey(2), (6, 5)) * 10
W3 = random.normal(random.PRNGKey(3), (7, 6)) * 10
x1 = jnp.ones(4)
jax.ad_checkpoint.print_saved_residuals(f, W1, W2, W3, x1)
print(jax.grad(lambda W: f(W, W2, W3, x1).sum())(W1))
