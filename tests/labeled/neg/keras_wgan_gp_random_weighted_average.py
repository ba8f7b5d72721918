"""WGAN-GP's random weighted average of real and generated samples: `weights` is drawn in [0, 1) per sample
and used as `w * real + (1 - w) * fake`, the coefficients of an interpolation (data drawn every batch), not
a layer's weight (RULES "What counts as a trained weight"). Nothing to report."""

from tensorflow.keras import backend as K
from tensorflow.keras.layers import Lambda


def random_weighted_average(batch_size):
    def interpolate(inputs):
        weights = K.random_uniform((batch_size, 1, 1, 1))
        return (weights * inputs[0]) + ((1 - weights) * inputs[1])

    return Lambda(interpolate)
