"""The same lab's helper with a narrow input (8 features) and std 0.001: far below He at the fan-ins the loop
passes (8, then 16), for every hidden layer of the sigmoid stack."""

import numpy as np


def generate_layer_weight(neuron, input):
    return np.random.randn(neuron, input) * 0.001  # expect: INI003


layer_neuron = [16, 16, 4]
w = {}
for i, neuron in enumerate(layer_neuron):
    input_size = 8 if i == 0 else layer_neuron[i - 1]
    w[i + 1] = generate_layer_weight(neuron=neuron, input=input_size)


def forward(x):
    a = x
    for layer in range(1, len(layer_neuron) + 1):
        a = 1 / (1 + np.exp(-(w[layer] @ a)))
    return a


for epoch in range(10):
    for layer in w:
        w[layer] -= 0.01 * np.ones_like(w[layer])
