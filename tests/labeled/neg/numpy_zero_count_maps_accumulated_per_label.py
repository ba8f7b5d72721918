"""Analysis script of a from-scratch MNIST network: per-label importance maps start at zero and are summed
into (`weights_num[label] += w`) by a helper called for every image: running sums, not weights."""
import numpy as np


def _accumulate(image, label, weights_num):
    weight = np.abs(image - image.mean())
    weights_num[-1] += weight
    weights_num[label] += weight


def importance_maps(images, labels):
    weights_num = [np.zeros((28, 28)) for _ in range(11)]
    for img, lab in zip(images, labels):
        _accumulate(img, lab, weights_num)
    return [w / len(images) for w in weights_num]
