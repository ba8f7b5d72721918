"""Flax DQN-style network: hidden Dense layers built as a plain list in setup() with xavier_uniform and
applied in a loop, each followed by relu: Glorot halves the signal variance at every ReLU layer."""

import flax.linen as nn


class ClassicControlNetwork(nn.Module):
    num_actions: int
    num_layers: int = 2
    hidden_units: int = 512

    def setup(self):
        initializer = nn.initializers.xavier_uniform()  # expect: INI101
        self.layers = [
            nn.Dense(features=self.hidden_units, kernel_init=initializer)
            for _ in range(self.num_layers)
        ]
        self.final_layer = nn.Dense(features=self.num_actions, kernel_init=initializer)

    def __call__(self, x):
        x = x.reshape((-1,))
        for layer in self.layers:
            x = layer(x)
            x = nn.relu(x)
        return self.final_layer(x)
