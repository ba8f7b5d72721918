"""A JAX learning note on mixed precision: a params dict drawn at module level is run through one bf16 forward
pass and printed; nothing computes a gradient or takes a step, so N(0, 1) here is demo data, not a weight."""

import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)

params = {
    "w": jax.random.normal(key, (128, 128), dtype=jnp.float32),
    "b": jnp.zeros((128,), dtype=jnp.float32),
}


@jax.jit
def forward(params, x):
    y = jnp.matmul(x.astype(jnp.bfloat16), params["w"].astype(jnp.bfloat16))
    y = y.astype(jnp.float32) + params["b"]
    return jnp.tanh(y)


x_in = jax.random.normal(key, (64, 128), dtype=jnp.float32)
out = forward(params, x_in)
print(out.dtype, out.mean())
