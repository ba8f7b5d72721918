"""Layers given their weights through setters, centred and scaled by He's factor; zero biases."""

import numpy as np

from src.layer import Layer


def prepare_net(structure):
    layers = []
    for index, value in enumerate(structure):
        layer = Layer()
        if index > 0:
            fan_in = structure[index - 1]
            layer.setWeights(np.random.randn(value, fan_in) * np.sqrt(2.0 / fan_in))
            layer.setBias(np.zeros(value))
        layers.append(layer)
    return layers
