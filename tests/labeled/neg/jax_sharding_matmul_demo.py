"""JAX sharded-computation tutorial: place a large matrix on a device mesh and time a
jitted matmul. The arrays are API/benchmark inputs, not trained weights."""

import jax
import jax.numpy as jnp
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P
from jax.experimental import mesh_utils

devices = mesh_utils.create_device_mesh((jax.device_count(),))
mesh = Mesh(devices, axis_names=("x",))
sharding = NamedSharding(mesh, P("x"))

key = jax.random.PRNGKey(0)
k1, k2 = jax.random.split(key)
x = jax.random.normal(k1, (8192, 8192))
w = jax.random.normal(k2, (8192, 8192))
x = jax.device_put(x, sharding)


@jax.jit
def layer(x, w):
    return jnp.tanh(x @ w)


y = layer(x, w).block_until_ready()
jax.debug.visualize_array_sharding(y)
