"""The lambda helper of TF-slim's nets with scales that suit each layer (He-sized hidden convs, a
small logits layer), and a scope that sets its own activation: nothing to report."""

import tensorflow.contrib.slim as slim
from tensorflow.python.ops import init_ops

trunc_normal = lambda stddev: init_ops.truncated_normal_initializer(0.0, stddev)


def net(inputs):
    x = slim.conv2d(inputs, 64, [7, 7], weights_initializer=trunc_normal(0.09))
    x = slim.conv2d(x, 64, [3, 3], weights_initializer=trunc_normal(0.06))
    return slim.conv2d(x, 10, [1, 1], activation_fn=None, weights_initializer=trunc_normal(0.01))


def tanh_net(inputs):
    with slim.arg_scope([slim.conv2d], activation_fn=None):
        x = slim.conv2d(inputs, 64, [3, 3], weights_initializer=trunc_normal(0.1))
        return slim.conv2d(x, 10, [1, 1], weights_initializer=trunc_normal(0.01))
