"""A utilities module: an init function for whatever modules a trainer elsewhere applies it to, next to
a VGG feature extractor that is loaded from pretrained weights. Nothing here applies the init function, so
the extractor's convs (fan-in 27) are no list of its targets."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


def weights_init(init_type="gaussian"):
    def init_fun(m):
        classname = m.__class__.__name__
        if (classname.find("Conv") == 0 or classname.find("Linear") == 0) and hasattr(m, "weight"):
            if init_type == "gaussian":
                init.normal_(m.weight.data, 0.0, 0.02)
            elif init_type == "kaiming":
                init.kaiming_normal_(m.weight.data, a=0, mode="fan_in")

    return init_fun


class Vgg16(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1_1 = nn.Conv2d(3, 64, kernel_size=3, stride=1, padding=1)
        self.conv1_2 = nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=1)

    def forward(self, x):
        return F.relu(self.conv1_2(F.relu(self.conv1_1(x))))


def load_vgg16(path):
    vgg = Vgg16()
    vgg.load_state_dict(torch.load(path))
    return vgg
