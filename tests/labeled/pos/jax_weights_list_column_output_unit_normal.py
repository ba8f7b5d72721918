"""A from-scratch JAX MLP keeps its weights in a list literal; every entry is an unscaled N(0, 1) draw, the last one a
column (one output unit) with fan-in 100: std 1 there multiplies the output variance by 100 (INI004 fires on output
layers too). The first two have fan-in 2 and 10 (< 16): std 1 is fine there."""

import jax

key = jax.random.key(1)

w = [
    jax.random.normal(key, (2, 10)),
    jax.random.normal(key, (10, 100)),
    jax.random.normal(key, (100, 1)),  # expect: INI004
]


def forward(x, w):
    for i in range(len(w)):
        x = jax.nn.sigmoid(x @ w[i])
    return x


def train(xs, ys, w, grads):
    for epoch in range(10):
        for i in range(len(w)):
            w[i] -= 0.1 * grads[i]
