"""JAX from-scratch MLP whose init helper picks its scale by a string; every layer asks for "he" (He
before ReLU): the helper's other arm (std 1) is never picked, so nothing here is a bad init."""
import jax.numpy as jnp
from jax import grad, random


def init_layer(key, m, n, scheme="he"):
    w_key, b_key = random.split(key)
    if scheme == "he":
        return random.normal(w_key, (n, m)) * jnp.sqrt(2.0 / m), jnp.zeros((n,))
    elif scheme == "unit":
        return random.normal(w_key, (n, m)), jnp.zeros((n,))
    raise ValueError(scheme)


sizes = [784, 512, 10]
keys = random.split(random.PRNGKey(0), len(sizes))
W1, b1 = init_layer(keys[0], 784, 512, "he")
W2, b2 = init_layer(keys[1], 512, 10, "he")


def predict(x):
    h = jnp.maximum(0, jnp.dot(W1, x) + b1)
    return jnp.dot(W2, h) + b2


def loss(W1, b1, W2, b2, x, y):
    h = jnp.maximum(0, jnp.dot(W1, x) + b1)
    return jnp.mean((jnp.dot(W2, h) + b2 - y) ** 2)


def sgd_step(x, y, lr=0.01):
    global W1, b1, W2, b2
    gW1, gb1, gW2, gb2 = grad(loss, argnums=(0, 1, 2, 3))(W1, b1, W2, b2, x, y)
    W1, b1, W2, b2 = W1 - lr * gW1, b1 - lr * gb1, W2 - lr * gW2, b2 - lr * gb2
