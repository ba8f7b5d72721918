"""Partial convolution (image inpainting, TF1): a ones-kernel conv on the mask counts the valid
pixels under each window. The layer is built with trainable=False: a fixed kernel, not a weight."""
import tensorflow as tf


def partial_conv(x, mask, channels, kernel=3, stride=1):
    with tf.variable_scope("mask"):
        update_mask = tf.layers.conv2d(mask, filters=1, kernel_size=kernel,
                                       kernel_initializer=tf.constant_initializer(1.0),
                                       strides=stride, padding="SAME", use_bias=False, trainable=False)
        mask_ratio = (kernel * kernel) / (update_mask + 1e-8)
        update_mask = tf.clip_by_value(update_mask, 0.0, 1.0)
        mask_ratio = mask_ratio * update_mask
    with tf.variable_scope("x"):
        x = tf.layers.conv2d(x * mask, filters=channels, kernel_size=kernel, strides=stride, padding="SAME")
        x = x * mask_ratio
    return tf.nn.relu(x), update_mask
