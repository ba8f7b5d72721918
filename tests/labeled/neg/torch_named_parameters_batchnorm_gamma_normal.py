"""DCGAN's init written over named_parameters(): the branch that draws N(1, 0.02) is the one whose name
says batchnorm (its gamma), though the name also says weight: a norm scale, not a weight matrix."""

import torch.nn as nn


def initialize_weights(model):
    for name, param in model.named_parameters():
        if "weight" in name and "conv" in name:
            nn.init.normal_(param.data, 0.0, 0.02)
        elif "weight" in name and "batchnorm" in name:
            nn.init.normal_(param.data, 1.0, 0.02)
        elif "bias" in name and "batchnorm" in name:
            nn.init.constant_(param.data, 0.0)
