"""TF-slim model: the arg_scope gives slim's ReLU layers (their default activation_fn) a He initializer, and a
second scope pairs Xavier with the tanh it sets."""

import tensorflow as tf
import tensorflow.contrib.slim as slim


def inference(images, num_classes):
    with slim.arg_scope([slim.conv2d, slim.fully_connected],
                        weights_initializer=slim.variance_scaling_initializer(factor=2.0, mode="FAN_IN")):
        net = slim.conv2d(images, 64, [3, 3], scope="conv1")
        net = slim.conv2d(net, 128, [3, 3], scope="conv2")
        net = slim.flatten(net)
    with slim.arg_scope([slim.fully_connected], activation_fn=tf.nn.tanh,
                        weights_initializer=slim.xavier_initializer()):
        net = slim.fully_connected(net, 256, scope="fc1")
    return slim.fully_connected(net, num_classes, activation_fn=None, scope="logits")
