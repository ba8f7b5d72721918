"""StyleGAN2's per-layer noise strength: `tf.get_variable('noise_strength', shape=[], ...)` is one number
that starts at zero and scales the injected noise (a gate), not a weight matrix."""

import tensorflow as tf


def layer(x, layer_idx, fmaps):
    x = tf.layers.conv2d(x, fmaps, 3, padding="same", kernel_initializer=tf.initializers.he_normal())
    noise = tf.random_normal([tf.shape(x)[0], 1, x.shape[2], x.shape[3]], dtype=x.dtype)
    noise_strength = tf.get_variable("noise_strength", shape=[], initializer=tf.initializers.zeros())
    x += noise * tf.cast(noise_strength, x.dtype)
    return tf.nn.leaky_relu(x, 0.2)
