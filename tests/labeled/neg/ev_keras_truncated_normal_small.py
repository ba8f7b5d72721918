"""TF-Keras DCGAN-style discriminator: TruncatedNormal(stddev=0.02) kernels (and the TF1 function
spelling) with LeakyReLU -- the written stddev is the DCGAN one."""

import tensorflow as tf
from tensorflow.keras import layers

init = tf.keras.initializers.TruncatedNormal(mean=0.0, stddev=0.02)


def discriminator():
    return tf.keras.Sequential([
        layers.Conv2D(64, 4, strides=2, padding="same", kernel_initializer=init, input_shape=(64, 64, 3)),
        layers.LeakyReLU(0.2),
        layers.Conv2D(128, 4, strides=2, padding="same",
                      kernel_initializer=tf.compat.v1.truncated_normal_initializer(stddev=0.02)),
        layers.LeakyReLU(0.2),
        layers.Flatten(),
        layers.Dense(1, kernel_initializer=init),
    ])
