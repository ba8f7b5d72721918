"""A Flax MLP keeps its Dense layers in a list and applies relu after each in the loop body; the first layer is
given Xavier: a Glorot init in front of ReLU (INI101). A list of bare layers is applied one layer per pass."""

import flax.linen as nn
class MLP(nn.Module):
    def setup(self):
        self.layers = [nn.Dense(256, kernel_init=nn.initializers.xavier_uniform()), nn.Dense(128), nn.Dense(10)]  # expect: INI101
    def __call__(self, x):
        for layer in self.layers:
            x = nn.relu(layer(x))
        return x

