"""The same list-and-zip shape, but the zero convolutions are hidden layers: each one's output goes through a
ReLU into the next stage. Zero kernels there never break symmetry."""

import flax.linen as nn


class Stack(nn.Module):
    channels: tuple = (32, 64)

    def setup(self):
        convs = []
        for output_channel in self.channels:
            conv = nn.Conv(output_channel, kernel_size=(3, 3),
                           kernel_init=nn.initializers.zeros_init())  # expect: INI001
            convs.append(conv)
        self.convs = convs
        self.head = nn.Dense(10)

    def __call__(self, x, scales):
        for scale, conv in zip(scales, self.convs):
            x = nn.relu(conv(x) * scale)
        return self.head(x.reshape((x.shape[0], -1)))
