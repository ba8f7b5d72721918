"""A from-scratch network whose layers are given their weights through setters: `np.random.rand` draws in
[0, 1), all positive, for every layer of a sigmoid network trained by backpropagation."""

import numpy as np

from src.layer import Layer


def prepare_net(structure):
    layers = []
    for index, value in enumerate(structure):
        layer = Layer()
        if index > 0:
            layer.setWeights(np.random.rand(value, structure[index - 1]))  # expect: INI005
            layer.setBias(np.zeros(value))
        layers.append(layer)
    return layers
