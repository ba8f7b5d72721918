"""Random search over a tiny NumPy policy: the hidden size reaches the class through a parameter of the
function that builds it, and that function's only call passes 15. W2 has fan-in 15 (< 16): std 1 is
fine there (W1 has fan-in 4)."""

import numpy as np
import tensorflow as tf


class AgentMLP:
    def __init__(self, num_hidden):
        self.W1 = np.random.randn(num_hidden, 4)
        self.W2 = np.random.randn(2, num_hidden)

    def __call__(self, x):
        y = np.tanh(self.W1.dot(x))
        return np.argmax(self.W2.dot(y))


def find_good_agent(env, num_tries, mlp_size):
    best = None
    for _ in range(num_tries):
        best = AgentMLP(mlp_size)
    return best


agent = find_good_agent(None, 200, 15)
optimizer = tf.keras.optimizers.Adam(1e-3)
