"""A course-style parameter initializer whose scale is chosen by a flag (`if deep: 0.001 else: 0.005`): both
arms are far below 0.01 on the hidden ReLU layers, whichever the caller picks (INI003)."""

import numpy as np
def initialize_parameters(layer_dims, deep=True):
    if deep:
        scale = 0.001
    else:
        scale = 0.005
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale  # expect: INI003
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
def forward(X, parameters):
    A = X; L = len(parameters) // 2
    for l in range(1, L):
        A = np.maximum(0, parameters["W" + str(l)] @ A + parameters["b" + str(l)])
    return parameters["W" + str(L)] @ A
def update(parameters, grads, lr):
    for l in range(1, len(parameters) // 2 + 1):
        parameters["W" + str(l)] -= lr * grads["dW" + str(l)]
