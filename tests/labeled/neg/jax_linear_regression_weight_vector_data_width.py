"""JAX course notebook (polynomial regression by gradient descent): the weight vector is as long as the data
matrix's feature axis and drawn N(0, 1); `jnp.dot(X, w)` is the prediction itself. One linear unit over a
handful of polynomial features: nothing to saturate, and the width is the data's."""

import jax
import jax.numpy as jnp


def gradient_descent(X, y, learning_rate=0.01, num_steps=1000):
    def loss(current_w, X, y):
        y_hat = jnp.dot(X, current_w)
        return jnp.mean((y_hat - y) ** 2), y_hat

    loss_and_grad = jax.value_and_grad(loss, has_aux=True)
    key = jax.random.PRNGKey(42)
    w = jax.random.normal(key=key, shape=(X.shape[1],))
    for i in range(num_steps):
        (value, y_hat), grad = loss_and_grad(w, X, y)
        w = w - learning_rate * grad
    return w
