"""JAX example-library MLP: stax.serial with Dense(1024, W_init=glorot_normal()) layers each followed by the
Relu layer: Glorot before ReLU halves the variance per layer (He is the scale for ReLU)."""

from jax import random
from jax.example_libraries import optimizers, stax
from jax.example_libraries.stax import Dense, LogSoftmax, Relu
from jax.nn.initializers import glorot_normal

init_random_params, predict = stax.serial(
    Dense(1024, W_init=glorot_normal()), Relu,  # expect: INI101
    Dense(1024, W_init=glorot_normal()), Relu,  # expect: INI101
    Dense(10), LogSoftmax)

opt_init, opt_update, get_params = optimizers.momentum(0.001, mass=0.9)
_, init_params = init_random_params(random.PRNGKey(0), (-1, 28 * 28))
opt_state = opt_init(init_params)
