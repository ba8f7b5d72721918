"""A JAX tutorial's three-layer classifier on a tabular data set: the first layer's fan-in comes from the data
(X_train.shape[1]) and is He-scaled; the two small layers after it are unscaled N(0, 1) draws with fan-in 10,
a literal where the model is built. std 1 at fan-in < 16 does not explode (He: sqrt(2/10) = 0.45)."""
import jax
import jax.numpy as jnp


class NeuralNetwork:
    def __init__(self, input_dim, hidden_dim1, hidden_dim2, output_dim):
        self.params = {
            "W1": jax.random.normal(jax.random.PRNGKey(0), (input_dim, hidden_dim1)) * jnp.sqrt(2.0 / input_dim),
            "b1": jnp.zeros((hidden_dim1,)),
            "W2": jax.random.normal(jax.random.PRNGKey(1), (hidden_dim1, hidden_dim2)),
            "b2": jnp.zeros((hidden_dim2,)),
            "W3": jax.random.normal(jax.random.PRNGKey(2), (hidden_dim2, output_dim)),
            "b3": jnp.zeros((output_dim,)),
        }

    def forward(self, x):
        a1 = jax.nn.relu(jnp.dot(x, self.params["W1"]) + self.params["b1"])
        a2 = jax.nn.relu(jnp.dot(a1, self.params["W2"]) + self.params["b2"])
        return jnp.dot(a2, self.params["W3"]) + self.params["b3"]

    def update(self, grads, lr=0.01):
        self.params = {k: v - lr * grads[k] for k, v in self.params.items()}


def load_data():
    x = jnp.ones((150, 4))
    y = jnp.zeros((150, 3))
    return x, y


X_train, y_train = load_data()
model = NeuralNetwork(X_train.shape[1], 10, 10, y_train.shape[1])
