"""Per-layer weight list built as a literal with the fan-in rule (uniform +-1/sqrt(n)) and a zero-bias
list: nothing to report (the general rule is LeCun-scale and the activations are not named here)."""

import numpy as np
import tensorflow as tf

shapes = [(784, 256), (256, 128), (128, 10)]
general_rule_weights = [
    tf.Variable(tf.random_uniform(shapes[0], -1 / np.sqrt(784), 1 / np.sqrt(784))),
    tf.Variable(tf.random_uniform(shapes[1], -1 / np.sqrt(256), 1 / np.sqrt(256))),
    tf.Variable(tf.random_uniform(shapes[2], -1 / np.sqrt(128), 1 / np.sqrt(128))),
]
biases = [tf.Variable(tf.zeros([256])), tf.Variable(tf.zeros([128])), tf.Variable(tf.zeros([10]))]
