"""Flax linen CNN with kernel_init=nn.initializers.xavier_uniform() on ReLU conv layers."""

import flax.linen as nn


class CNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Conv(features=32, kernel_size=(3, 3), kernel_init=nn.initializers.xavier_uniform())(x)  # expect: INI101
        x = nn.relu(x)
        x = nn.avg_pool(x, window_shape=(2, 2), strides=(2, 2))
        x = nn.Conv(features=64, kernel_size=(3, 3), kernel_init=nn.initializers.xavier_uniform())(x)  # expect: INI101
        x = nn.relu(x)
        x = x.reshape((x.shape[0], -1))
        return nn.Dense(features=10)(x)
