"""A text CNN's conv block: the Keras layer object is bound to a name, then called on the input; its built-in
ReLU consumes the output, which goes on through max-pooling to the dense head. Glorot before ReLU."""

import tensorflow as tf


def conv_pooled_block(inputs, num_filters, filter_size):
    conv_layer = tf.keras.layers.Conv2D(num_filters, (filter_size, 300), activation='relu',
                                        kernel_initializer='glorot_normal')  # expect: INI101
    maxpool_layer = tf.keras.layers.MaxPool2D(pool_size=(98, 1))
    conv = conv_layer(inputs)
    return maxpool_layer(conv)


def textcnn(num_classes):
    inputs = tf.keras.Input(shape=(100, 300, 1))
    pooled = []
    for filter_size in (3, 4, 5):
        pooled.append(conv_pooled_block(inputs, 128, filter_size))
    x = tf.keras.layers.concatenate(pooled, axis=-1)
    x = tf.keras.layers.Flatten()(x)
    outputs = tf.keras.layers.Dense(num_classes, kernel_initializer='glorot_normal')(x)
    return tf.keras.Model(inputs=inputs, outputs=outputs)
