"""Model-based RL agent in Haiku (Dreamer style): a helper looks the initializer up by name, and the prior
network's hidden layers take "glorot" while ELU follows them: Xavier chosen for the ReLU family."""

import haiku as hk
import jax.nn as jnn


def initializer(name):
    return {
        "glorot": hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform"),
        "he": hk.initializers.VarianceScaling(2.0, "fan_in", "uniform"),
    }[name]


class Prior(hk.Module):
    def __init__(self, hidden, stoch):
        super().__init__()
        self.hidden = hidden
        self.stoch = stoch

    def __call__(self, h):
        x = jnn.elu(hk.Linear(self.hidden, w_init=initializer("glorot"))(h))  # expect: INI101
        return hk.Linear(2 * self.stoch)(x)
