"""A from-scratch JAX MLP whose model class takes its layers as a list (`MLP([Dense(784, 512), Activation(jax.nn.sigmoid),
...])`) and applies them in order in its forward pass. The Dense layer draws He-scaled weights (sqrt(2 / fan_in)),
but every hidden Dense feeds a sigmoid: the ReLU scale in front of sigmoid units (INI102). Two models are built, each
with its own list; every hidden Dense of both feeds sigmoid."""

import jax
import jax.numpy as jnp


class Activation:
    def __init__(self, function):
        self.fn = function

    def forward(self, x):
        return self.fn(x)


class Sigmoid:
    def forward(self, x):
        return jax.nn.sigmoid(x)


class Dense:
    def __init__(self, in_features, out_features, seed=0):
        self.w = jax.random.normal(jax.random.PRNGKey(seed), (in_features, out_features)) * jnp.sqrt(2 / in_features)  # expect: INI102
        self.b = jnp.zeros((out_features,))

    def forward(self, x):
        return x @ self.w + self.b

    def backpropagate(self, delta, lr):
        self.w -= lr * delta


class MLP:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def train(self, xs, epochs=3):
        for epoch in range(epochs):
            for xi in xs:
                y = self.forward(xi)


model1 = MLP([Dense(2, 10), Activation(jax.nn.sigmoid), Dense(10, 1), Activation(jax.nn.sigmoid)])
model = MLP([Dense(784, 512), Activation(jax.nn.sigmoid), Dense(512, 64), Activation(jax.nn.sigmoid), Dense(64, 10)])

model.train(jnp.ones((5, 1, 784)))
