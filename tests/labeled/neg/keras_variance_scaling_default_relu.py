"""A conv block built with Keras' VarianceScaling() at its defaults (scale 1, fan_in: LeCun's init) before
BatchNorm and ReLU: a fan-in-scaled initializer, not a Xavier/Glorot choice (RULES' INI101 names those)."""

import tensorflow as tf


def conv_bn_relu(x, filters):
    conv = tf.keras.layers.Conv2D(filters, 3, padding="same",
                                  kernel_initializer=tf.keras.initializers.VarianceScaling())
    x = conv(x)
    x = tf.keras.layers.BatchNormalization()(x)
    return tf.keras.layers.ReLU()(x)


def backbone(x):
    for filters in (32, 64, 128):
        x = conv_bn_relu(x, filters)
    return x
