"""ControlNet in Flax: the zero convolutions are appended to a local list in setup, stored as an attribute, and
each applied through `zip` to another feature map whose result is returned for the UNet to add: zero-init residual
outputs, not hidden layers."""

import flax.linen as nn


class ControlNet(nn.Module):
    channels: tuple = (320, 640, 1280)
    layers_per_block: int = 2

    def setup(self):
        blocks = []
        convs = []
        for output_channel in self.channels:
            blocks.append(nn.Conv(output_channel, kernel_size=(3, 3)))
            for _ in range(self.layers_per_block):
                controlnet_block = nn.Conv(output_channel, kernel_size=(1, 1), padding="VALID",
                                           kernel_init=nn.initializers.zeros_init(),
                                           bias_init=nn.initializers.zeros_init())
                convs.append(controlnet_block)
        self.down_blocks = blocks
        self.controlnet_down_blocks = convs

    def __call__(self, sample):
        res_samples = ()
        for block in self.down_blocks:
            sample = nn.silu(block(sample))
            res_samples += (sample,)
        outs = ()
        for res, controlnet_block in zip(res_samples, self.controlnet_down_blocks):
            outs += (controlnet_block(res),)
        return outs
