"""The same agent with a head that feeds the helper to tanh and another that feeds it to relu: the config
string picks one, so the conv has no one consumer and Xavier is not judged against either."""

import numpy as np
import tensorflow as tf


def conv2d(x, num_filters, name, filter_size=(3, 3)):
    with tf.variable_scope(name):
        filter_shape = [filter_size[0], filter_size[1], int(x.get_shape()[3]), num_filters]
        fan_in = np.prod(filter_shape[:3])
        fan_out = np.prod(filter_shape[:2]) * num_filters
        w_bound = np.sqrt(6.0 / (fan_in + fan_out))
        w = tf.get_variable("W", filter_shape, tf.float32, tf.random_uniform_initializer(-w_bound, w_bound))
        b = tf.get_variable("b", [1, 1, 1, num_filters], initializer=tf.constant_initializer(0.0))
        return tf.nn.conv2d(x, w, [1, 2, 2, 1], "SAME") + b


def nature_head(x):
    x = tf.nn.relu(conv2d(x, 32, "l1", [8, 8]))
    x = tf.nn.relu(conv2d(x, 64, "l2", [4, 4]))
    return tf.layers.flatten(x)


def universe_head(x):
    for i in range(4):
        x = tf.nn.tanh(conv2d(x, 32, "l{}".format(i + 1)))
    return tf.layers.flatten(x)


class Policy(object):
    def __init__(self, ob_space, design_head="universe"):
        self.x = x = tf.placeholder(tf.float32, [None] + list(ob_space))
        if design_head == "nature":
            x = nature_head(x)
        else:
            x = universe_head(x)
        self.features = x
