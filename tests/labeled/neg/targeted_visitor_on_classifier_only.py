"""A re-ID head: the bottleneck gets He through one visitor, the final classifier N(0, 1e-4) through
another that is applied to the classifier Sequential only (a small-std output head, deliberate)."""

import torch.nn as nn
from torch.nn import init


def weights_init_kaiming(m):
    if isinstance(m, nn.Linear):
        init.kaiming_normal_(m.weight.data, a=0, mode="fan_out")


def weights_init_classifier(m):
    classname = m.__class__.__name__
    if classname.find("Linear") != -1:
        init.normal_(m.weight.data, std=0.0001)
        init.constant_(m.bias.data, 0.0)


class ClassBlock(nn.Module):
    def __init__(self, input_dim, class_num, linear=512):
        super().__init__()
        add_block = []
        add_block += [nn.Linear(input_dim, linear)]
        add_block += [nn.BatchNorm1d(linear)]
        add_block = nn.Sequential(*add_block)
        add_block.apply(weights_init_kaiming)

        classifier = []
        classifier += [nn.Linear(linear, class_num)]
        classifier = nn.Sequential(*classifier)
        classifier.apply(weights_init_classifier)

        self.add_block = add_block
        self.classifier = classifier

    def forward(self, x):
        return self.classifier(self.add_block(x))
