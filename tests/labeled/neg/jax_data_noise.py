"""JAX data pipeline bits: jax.random.normal / uniform for inputs, labels and Gaussian noise
in a diffusion training step (data and noise tensors, not weights)."""

import jax
import jax.numpy as jnp


def make_batch(key, batch=128, dim=784):
    k1, k2 = jax.random.split(key)
    x = jax.random.uniform(k1, (batch, dim))
    y = jax.random.randint(k2, (batch,), 0, 10)
    return x, y


def diffusion_noise(key, x0, alpha_bar):
    noise = jax.random.normal(key, x0.shape)
    xt = jnp.sqrt(alpha_bar) * x0 + jnp.sqrt(1.0 - alpha_bar) * noise
    return xt, noise


batch_x, batch_y = make_batch(jax.random.PRNGKey(0))
ones_mask = jnp.ones((128, 784))
