"""A TF1 conv stack whose trainable convs all start from the constant 1.0: every filter is the
same, so the units of a layer stay identical (constant init, checklist item 2)."""
import tensorflow as tf


def conv_block(x, channels):
    x = tf.layers.conv2d(x, filters=channels, kernel_size=3, padding="SAME",
                         kernel_initializer=tf.constant_initializer(1.0))  # expect: INI002
    return tf.nn.relu(x)


def model(images):
    h = conv_block(images, 32)
    h = conv_block(h, 64)
    h = tf.layers.flatten(h)
    return tf.layers.dense(h, 10)
