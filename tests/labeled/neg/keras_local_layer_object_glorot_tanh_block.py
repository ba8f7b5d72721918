"""The same block with a tanh conv: Glorot is what tanh calls for."""

import tensorflow as tf


def conv_pooled_block(inputs, num_filters, filter_size):
    conv_layer = tf.keras.layers.Conv2D(num_filters, (filter_size, 300), activation='tanh',
                                        kernel_initializer='glorot_normal')
    maxpool_layer = tf.keras.layers.MaxPool2D(pool_size=(98, 1))
    conv = conv_layer(inputs)
    return maxpool_layer(conv)


def textcnn(num_classes):
    inputs = tf.keras.Input(shape=(100, 300, 1))
    pooled = [conv_pooled_block(inputs, 128, fs) for fs in (3, 4, 5)]
    x = tf.keras.layers.Flatten()(tf.keras.layers.concatenate(pooled, axis=-1))
    outputs = tf.keras.layers.Dense(num_classes)(x)
    return tf.keras.Model(inputs=inputs, outputs=outputs)
