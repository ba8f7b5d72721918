"""PointCNN-style TF1 helpers: a separable convolution whose pointwise kernel is Glorot while its output goes
through the helper's `activation=tf.nn.elu` default (ReLU family: He is the scale). The depthwise kernel feeds
the pointwise one linearly, so its Glorot is not paired with the ELU."""

import tensorflow as tf


def separable_conv2d(input, output, name, kernel_size, depth_multiplier=1, activation=tf.nn.elu):
    return tf.layers.separable_conv2d(input, output, kernel_size=kernel_size, strides=(1, 1), padding="VALID",
                                      activation=activation, depth_multiplier=depth_multiplier,
                                      depthwise_initializer=tf.glorot_normal_initializer(),
                                      pointwise_initializer=tf.glorot_normal_initializer(),  # expect: INI101
                                      name=name)


def depthwise_conv2d(input, depth_multiplier, name, kernel_size, activation=tf.nn.elu):
    return tf.contrib.layers.separable_conv2d(input, num_outputs=None, kernel_size=kernel_size, padding="VALID",
                                              activation_fn=activation, depth_multiplier=depth_multiplier,
                                              weights_initializer=tf.glorot_normal_initializer(),  # expect: INI101
                                              scope=name)
