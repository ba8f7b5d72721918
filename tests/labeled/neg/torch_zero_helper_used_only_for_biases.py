"""Barebones PyTorch (a course assignment): `random_weight` makes the weights with the He scale and
`zero_weight` makes every bias (`conv_b1`, `conv_b2`, `fc_b`); whatever the helper is called, every call
of it makes a bias, and zero biases are the standard start."""

import numpy as np
import torch
import torch.nn.functional as F

dtype = torch.float32


def random_weight(shape):
    fan_in = shape[0] if len(shape) == 2 else np.prod(shape[1:])
    w = torch.randn(shape, dtype=dtype) * np.sqrt(2. / fan_in)
    w.requires_grad = True
    return w


def zero_weight(shape):
    return torch.zeros(shape, dtype=dtype, requires_grad=True)


def three_layer_convnet(x, params):
    conv_w1, conv_b1, conv_w2, conv_b2, fc_w, fc_b = params
    rc1 = F.conv2d(x, conv_w1, conv_b1, padding=2)
    rr1 = F.relu(rc1)
    rc2 = F.conv2d(rr1, conv_w2, conv_b2, padding=1)
    rr2 = F.relu(rc2).flatten(1)
    return F.linear(rr2, fc_w.t(), fc_b)


conv_w1 = random_weight((32, 3, 5, 5))
conv_b1 = zero_weight((32,))
conv_w2 = random_weight((16, 32, 3, 3))
conv_b2 = zero_weight((16,))
fc_w = random_weight((16 * 32 * 32, 10))
fc_b = zero_weight((10,))
params = [conv_w1, conv_b1, conv_w2, conv_b2, fc_w, fc_b]
for x, y in loader:
    loss = F.cross_entropy(three_layer_convnet(x, params), y)
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 3e-3 * p.grad
            p.grad.zero_()
