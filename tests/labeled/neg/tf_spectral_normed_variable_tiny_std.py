"""A residual block's last conv drawn with stddev 1e-10, then divided by its largest singular value on every
pass (`spectral_normed_weight`): its scale is set at run time (RULES "Rescaled at run time")."""

import numpy as np
import tensorflow as tf


def spectral_normed_weight(w, name, lower_bound=False):
    w_mat = tf.reshape(w, [-1, w.shape[-1]])
    sigma = tf.norm(w_mat, ord=2)
    return w / sigma


def get_weight(shape, name, zero=False):
    if zero:
        var = tf.get_variable(name + "weight", shape=shape,
                              initializer=tf.initializers.random_normal(stddev=1e-10))
        var = spectral_normed_weight(var, name, lower_bound=True)
    else:
        var = tf.get_variable(name + "weight", shape=shape, initializer=tf.initializers.random_normal())
        var = spectral_normed_weight(var, name)
    return var
