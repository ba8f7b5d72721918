"""Segmentation backbone init dispatching on the class name: xavier_normal_ on the conv of a ConvBNReLU block
that nothing in the file builds or applies: whether its ReLU output feeds another layer (a hidden activation)
or is a network output is not shown, so the pairing is not judged."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.xavier_normal_(m.weight)
    elif classname.find("BatchNorm") != -1:
        nn.init.constant_(m.weight, 1)
        nn.init.constant_(m.bias, 0)


class ConvBNReLU(nn.Module):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(c_out)
        self.relu = nn.ReLU(inplace=True)
        self.apply(weights_init)

    def forward(self, x):
        return self.relu(self.bn(self.conv(x)))
