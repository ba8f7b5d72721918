"""OpenCLIP ModifiedResNet.init_parameters: zero-init-residual by parameter name -- the last
BatchNorm scale of every bottleneck (bn3.weight) starts at 0 so each residual branch starts
as the identity. The name filter is on `name`, the write is on `param` of the same loop."""

import torch.nn as nn


class ModifiedResNet(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.layer1, self.layer2, self.layer3, self.layer4 = layers

    def init_parameters(self):
        for resnet_block in [self.layer1, self.layer2, self.layer3, self.layer4]:
            for name, param in resnet_block.named_parameters():
                if name.endswith("bn3.weight"):
                    nn.init.zeros_(param)
