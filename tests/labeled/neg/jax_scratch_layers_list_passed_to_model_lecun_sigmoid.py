"""The same scratch model built from a list of layers, with the scale each Dense feeds: LeCun (sqrt(1 / fan_in)) in front
of sigmoid is right. The model chain is applied once per forward pass: its last layer does not feed its first."""

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
        self.w = jax.random.normal(jax.random.PRNGKey(seed), (in_features, out_features)) * jnp.sqrt(1 / in_features)
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
