"""TF-slim's `trunc_normal = lambda stddev: ...` helper: each layer passes its own std, so the
scale is the call's and is reported where it is passed. std 1 on a 7x7 conv over 3 channels
(fan-in 147) explodes; 0.001 on a hidden conv vanishes (slim.conv2d's activation_fn defaults to ReLU)."""

import tensorflow.contrib.slim as slim
from tensorflow.python.ops import init_ops

trunc_normal = lambda stddev: init_ops.truncated_normal_initializer(0.0, stddev)


def net(inputs):
    x = slim.conv2d(inputs, 64, [7, 7], weights_initializer=trunc_normal(1.0))  # expect: INI004
    x = slim.conv2d(x, 64, [3, 3], weights_initializer=trunc_normal(0.001))  # expect: INI003
    x = slim.conv2d(x, 64, [3, 3], weights_initializer=trunc_normal(0.09))
    return slim.conv2d(x, 10, [1, 1], activation_fn=None, weights_initializer=trunc_normal(0.01))
