"""JAX example-library MLP with tanh units: stax.serial of Dense(W_init=glorot_normal()) and Tanh layers,
the right pairing (Glorot keeps the variance of tanh layers)."""

from jax import random
from jax.example_libraries import stax
from jax.example_libraries.stax import Dense, LogSoftmax, Tanh
from jax.nn.initializers import glorot_normal, zeros

init_fun, apply_fun = stax.serial(
    Dense(512, W_init=glorot_normal(), b_init=zeros), Tanh,
    Dense(512, W_init=glorot_normal(), b_init=zeros), Tanh,
    Dense(10, W_init=zeros), LogSoftmax)
_, params = init_fun(random.PRNGKey(1), (-1, 784))
