"""A DPED-style Keras functional resnet: every conv gets TruncatedNormal(stddev=0.01), but each one after the
first takes the 64 channels of the conv before it (through BatchNormalization): a 3x3x64 fan-in of 576 puts He at
0.059, so 0.01 is above a tenth of it and the stack does not vanish."""

import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers, Model


def _block(inputs):
    x = layers.Conv2D(64, 3, padding="same", activation=tf.nn.leaky_relu,
                      kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.01, seed=1))(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Conv2D(64, 3, padding="same", activation=tf.nn.leaky_relu,
                      kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.01, seed=1))(x)
    x = layers.BatchNormalization()(x)
    return layers.add([inputs, x])


def discriminator(input_shape):
    inputs = keras.Input(shape=input_shape)
    c1 = layers.Conv2D(48, 3, padding="same", activation=tf.nn.leaky_relu,
                       kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.05, seed=1))(inputs)
    c2 = layers.Conv2D(128, 5, strides=2, padding="same", activation=tf.nn.leaky_relu,
                       kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.01, seed=1))(c1)
    c2 = layers.BatchNormalization()(c2)
    c3 = layers.Conv2D(192, 3, padding="same", activation=tf.nn.leaky_relu,
                       kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.01, seed=1))(c2)
    c3 = layers.BatchNormalization()(c3)
    c4 = layers.Conv2D(192, 3, padding="same", activation=tf.nn.leaky_relu,
                       kernel_initializer=tf.keras.initializers.TruncatedNormal(stddev=0.01, seed=1))(c3)
    out = layers.Dense(2, activation="softmax")(layers.GlobalAveragePooling2D()(c4))
    return Model(inputs=inputs, outputs=out)
