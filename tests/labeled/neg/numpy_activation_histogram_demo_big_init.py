"""CS231n's activation-statistics experiment: ten tanh layers are run forward once with each init function to
plot the activations' histograms; nothing is trained, so `big_random_init` is the demo's subject, not a weight."""

import numpy as np


def forward_prop(hidden_layer_sizes, weight_init_func):
    X = np.random.randn(1000, hidden_layer_sizes[0])
    acts = {}
    for i, size in enumerate(hidden_layer_sizes):
        W = weight_init_func(X.shape[1], size)
        X = np.tanh(np.dot(X, W))
        acts[i] = X
    return acts


def big_random_init(fan_in, fan_out):
    return 1 * np.random.randn(fan_in, fan_out)


def xavier_init(fan_in, fan_out):
    return np.random.randn(fan_in, fan_out) / np.sqrt(fan_in)


for init in (big_random_init, xavier_init):
    acts = forward_prop([500] * 10, init)
    print([float(np.std(h)) for h in acts.values()])
