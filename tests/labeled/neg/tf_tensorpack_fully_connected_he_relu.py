"""The same tensorpack head with He's scale (`scale=2.0`, fan_in) in front of ReLU: the right pairing."""

import tensorflow as tf
from tensorpack.models import FullyConnected


def fastrcnn_2fc_head(feature, dim=1024):
    init = tf.variance_scaling_initializer(scale=2.0)
    hidden = FullyConnected("fc6", feature, dim, kernel_initializer=init, activation=tf.nn.relu)
    hidden = FullyConnected("fc7", hidden, dim, kernel_initializer=init, activation=tf.nn.relu)
    return hidden
