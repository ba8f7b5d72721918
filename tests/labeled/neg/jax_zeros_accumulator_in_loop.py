"""A forward-gradient optimiser sums tangent directions weighted by their JVPs: `w = jnp.zeros_like(...)`
per layer, then `w += js[i] * vs[i][j][0]` in a loop of its own. The zeros start a sum (RULES: zeros for
gradients, caches and outputs stay silent), not a weight."""

import jax.numpy as jnp


def weighted_directions(js, vs):
    res = []
    for j in range(len(vs[0])):
        w = jnp.zeros_like(vs[0][j][0])
        b = jnp.zeros_like(vs[0][j][1])
        for i in range(len(vs)):
            w += js[i] * vs[i][j][0]
            b += js[i] * vs[i][j][1]
        res.append((w, b))
    return res


def step(params, js, vs, lr=1e-3):
    grads = weighted_directions(js, vs)
    return [(w - lr * gw, b - lr * gb) for (w, b), (gw, gb) in zip(params, grads)]
