"""JAX from-scratch MLP that copied the softmax-regression init to its hidden layer:
W1 = 0 under ReLU gives identical units and no gradient."""

import jax
import jax.numpy as jnp

W1 = jnp.zeros((784, 128))  # expect: INI001
b1 = jnp.zeros(128)
W2 = jax.random.normal(jax.random.PRNGKey(0), (128, 10)) * 0.01
b2 = jnp.zeros(10)
params = (W1, b1, W2, b2)


def loss(params, x, y):
    W1, b1, W2, b2 = params
    h = jax.nn.relu(x @ W1 + b1)
    logits = h @ W2 + b2
    return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits) * y, axis=1))


@jax.jit
def update(params, x, y, lr=0.1):
    grads = jax.grad(loss)(params, x, y)
    return tuple(p - lr * g for p, g in zip(params, grads))
