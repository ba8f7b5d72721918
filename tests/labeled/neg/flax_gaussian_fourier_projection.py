"""score_sde (JAX/Flax) GaussianFourierProjection: frequencies drawn with stddev=scale
and wrapped in stop_gradient, so they never train: Fourier features, not a kernel."""

import jax
import jax.numpy as jnp
import flax.linen as nn


class GaussianFourierProjection(nn.Module):
    embedding_size: int = 256
    scale: float = 16.0

    @nn.compact
    def __call__(self, x):
        W = self.param("W", jax.nn.initializers.normal(stddev=self.scale), (self.embedding_size,))
        W = jax.lax.stop_gradient(W)
        x_proj = x[:, None] * W[None, :] * 2 * jnp.pi
        return jnp.concatenate([jnp.sin(x_proj), jnp.cos(x_proj)], axis=-1)
