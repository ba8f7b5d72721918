"""Flax CNN with kernel_init=variance_scaling(2.0, "fan_out", "truncated_normal") (He, fan_out:
ResNet's conv init) feeding nn.relu, and a Glorot variance_scaling(1.0, "fan_avg") on tanh."""

import flax.linen as nn


class ConvNet(nn.Module):
    @nn.compact
    def __call__(self, x):
        conv_init = nn.initializers.variance_scaling(2.0, "fan_out", "truncated_normal")
        x = nn.relu(nn.Conv(64, (3, 3), kernel_init=conv_init)(x))
        x = nn.relu(nn.Conv(64, (3, 3), kernel_init=conv_init)(x))
        x = x.reshape((x.shape[0], -1))
        x = nn.tanh(nn.Dense(256, kernel_init=nn.initializers.variance_scaling(1.0, "fan_avg", "uniform"))(x))
        return nn.Dense(10)(x)
