"""TF2 Keras ResNet-style block: kernel_initializer=tf.random_normal_initializer() with no arguments.
In TensorFlow 2 that is RandomNormal(stddev=0.05), not TF1's stddev 1.0: a small, legitimate scale."""

import tensorflow as tf
from tensorflow import keras


def conv3x3(channels, stride=1):
    return keras.layers.Conv2D(channels, 3, stride, padding="same", use_bias=False,
                               kernel_initializer=tf.random_normal_initializer())


model = keras.Sequential([conv3x3(64), keras.layers.BatchNormalization(), keras.layers.ReLU(),
                          conv3x3(64), keras.layers.BatchNormalization(), keras.layers.ReLU()])
model.compile(optimizer="adam", loss="mse")
