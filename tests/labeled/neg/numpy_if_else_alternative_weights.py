"""Lesson code that builds one of two weight sets: the arms of the if/else are alternatives, so the
good set in the else arm does not overwrite the other; neither arm has a problem here (std 0.05 and
a fan-in-scaled draw)."""

import numpy as np


def make_weights(use_scaled):
    if use_scaled:
        weights = [np.random.normal(size=(784, 100), scale=np.sqrt(2 / 784)),
                   np.random.normal(size=(100, 10), scale=np.sqrt(2 / 100))]
    else:
        weights = [np.random.normal(size=(784, 100), scale=0.05),
                   np.random.normal(size=(100, 10), scale=0.05)]
    return weights
