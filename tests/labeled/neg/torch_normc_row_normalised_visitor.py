"""The `normc` init of RL code: N(0, 1), then each row divided by its own norm (unit-norm rows, an effective std of
1/sqrt(fan_in)): the draw's std 1 is not the scale the weight starts with."""

import torch


def initialise_parameters(m):
    classname = m.__class__.__name__
    if classname.find("Linear") != -1:
        m.weight.data.normal_(0, 1)
        m.weight.data *= 1 / torch.sqrt(m.weight.data.pow(2).sum(1, keepdim=True))
        if m.bias is not None:
            m.bias.data.fill_(0)
