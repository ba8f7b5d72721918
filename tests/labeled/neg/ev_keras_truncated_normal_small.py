"""TF-Keras DCGAN-style discriminator: TruncatedNormal(stddev=0.02) kernels (and the TF1 function
spelling) with LeakyReLU -- the written stddev is the DCGAN one (not below 0.01; the input channels, and so
the fan-in, are not given here: with a 3-channel 4x4 first conv, fan-in 48, 0.02 is just under He/10)."""

import tensorflow as tf
from tensorflow.keras import layers

init = tf.keras.initializers.TruncatedNormal(mean=0.0, stddev=0.02)


def discriminator():
    return tf.keras.Sequential([
        layers.Conv2D(64, 4, strides=2, padding="same", kernel_initializer=init),
        layers.LeakyReLU(0.2),
        layers.Conv2D(128, 4, strides=2, padding="same",
                      kernel_initializer=tf.compat.v1.truncated_normal_initializer(stddev=0.02)),
        layers.LeakyReLU(0.2),
        layers.Flatten(),
        layers.Dense(1, kernel_initializer=init),
    ])
