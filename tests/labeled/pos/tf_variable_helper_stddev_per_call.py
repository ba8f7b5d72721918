"""The TF1 tutorial helper `_variable_with_weight_decay(name, shape, stddev, wd)`: each layer passes its own
stddev. The first conv's 1e-3 is far under 0.01 (its input depth comes from the images: fan-in unknown here):
reported at the call that passes it, not at the helper every layer shares."""

import tensorflow as tf


def _variable_with_weight_decay(name, shape, stddev, wd):
    var = tf.get_variable(name, shape, initializer=tf.truncated_normal_initializer(stddev=stddev))
    if wd is not None:
        tf.add_to_collection("losses", tf.multiply(tf.nn.l2_loss(var), wd))
    return var


def inference(images, depth):
    with tf.variable_scope("conv1"):
        kernel = _variable_with_weight_decay("weights", [5, 5, depth, 64], 1e-3, None)  # expect: INI003
        conv1 = tf.nn.relu(tf.nn.conv2d(images, kernel, [1, 1, 1, 1], padding="SAME"))
    with tf.variable_scope("conv2"):
        kernel2 = _variable_with_weight_decay("weights", [5, 5, 64, 64], 5e-2, None)
        conv2 = tf.nn.relu(tf.nn.conv2d(conv1, kernel2, [1, 1, 1, 1], padding="SAME"))
    reshape = tf.reshape(conv2, [-1, 4096])
    weights = _variable_with_weight_decay("weights", [4096, 10], 1 / 4096.0, None)
    return tf.matmul(reshape, weights)
