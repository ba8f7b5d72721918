"""Kernels of a local normalised cross-correlation loss: fixed box and triangle filters, returned as plain
(immutable) TF tensors by helpers nothing in this file calls. No Variable, no layer: data, not weights."""

import tensorflow as tf


def rectangular_kernel1d(kernel_size: int) -> tf.Tensor:
    kernel = tf.ones(shape=(kernel_size,), dtype=tf.float32)
    return kernel


def box_filter3d(kernel_size: int) -> tf.Tensor:
    return tf.ones(shape=(kernel_size, kernel_size, kernel_size, 1, 1), dtype=tf.float32)
