"""A course lab's from-scratch MLP: a helper draws randn / 100 and a module-level loop over the layer sizes calls
it with `input = 784 if i == 0 else layer_neuron[i - 1]`. Known fan-ins (784, then 12 for the 4-unit output):
0.01 is above a tenth of 1/sqrt(784), and the last layer is the head."""

import numpy as np

random_scalar = 100


def generate_layer_weight(seed, neuron, input):
    np.random.seed(seed)
    weight = np.random.randn(neuron, input) / random_scalar
    return weight


layer_neuron = [12, 4]
w = {}
b = {}
for i, neuron in enumerate(layer_neuron):
    input_size = 784 if i == 0 else layer_neuron[i - 1]
    w[i + 1] = generate_layer_weight(seed=2, neuron=neuron, input=input_size)
    b[i + 1] = np.zeros((neuron, 1))


def forward(x):
    a = x
    for layer in range(1, len(layer_neuron) + 1):
        a = 1 / (1 + np.exp(-(w[layer] @ a + b[layer])))
    return a


for epoch in range(10):
    for layer in w:
        w[layer] -= 0.002 * np.ones_like(w[layer])
