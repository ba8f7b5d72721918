"""A TF1 slim network's argument scope: every conv2d and fully_connected made under it gets Glorot normal
(variance_scaling factor 1, FAN_AVG) and ReLU together, as one Dense(activation="relu",
kernel_initializer="glorot_normal") would."""

import tensorflow as tf

slim = tf.contrib.slim


def net_arg_scope(weight_decay=0.0005):
    with slim.arg_scope(
            [slim.conv2d, slim.fully_connected],
            padding="SAME",
            weights_regularizer=slim.l2_regularizer(weight_decay),
            weights_initializer=tf.contrib.layers.variance_scaling_initializer(  # expect: INI101
                factor=1.0, mode="FAN_AVG", uniform=False),
            activation_fn=tf.nn.relu) as sc:
        return sc
