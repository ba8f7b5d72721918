"""Flax linen CNN (flax examples layout) whose inline nn.Conv/nn.Dense layers use
kernel_init=nn.initializers.kaiming_normal() but feed nn.tanh: He's 2/fan_in variance
saturates tanh units."""

import flax.linen as nn


class CNN(nn.Module):
    num_classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.Conv(features=32, kernel_size=(3, 3))(x)
        x = nn.tanh(x)
        x = nn.Conv(features=64, kernel_size=(3, 3), kernel_init=nn.initializers.kaiming_normal())(x)  # expect: INI102
        x = nn.tanh(x)
        x = nn.avg_pool(x, window_shape=(2, 2), strides=(2, 2))
        x = x.reshape((x.shape[0], -1))
        x = nn.Dense(features=256, kernel_init=nn.initializers.kaiming_normal())(x)  # expect: INI102
        x = nn.tanh(x)
        return nn.Dense(features=self.num_classes)(x)
