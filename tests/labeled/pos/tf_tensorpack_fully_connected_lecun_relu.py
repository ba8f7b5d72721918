"""tensorpack's functional layers take a name, then the input: `FullyConnected('fc6', x, dim, ...)`. Both
head layers get `tf.variance_scaling_initializer()` (scale 1, fan_in: LeCun) and `activation=tf.nn.relu`,
and fc6 feeds fc7: LeCun in front of ReLU (RULES INI101; He is `scale=2.0`)."""

import tensorflow as tf
from tensorpack.models import FullyConnected


def fastrcnn_2fc_head(feature, dim=1024):
    init = tf.variance_scaling_initializer()  # expect: INI101
    hidden = FullyConnected("fc6", feature, dim, kernel_initializer=init, activation=tf.nn.relu)
    hidden = FullyConnected("fc7", hidden, dim, kernel_initializer=init, activation=tf.nn.relu)
    return hidden
