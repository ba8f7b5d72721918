"""Physics-informed neural network (JAX): an `init, apply` MLP whose layers are drawn by a helper mapped over the
layer sizes with the Glorot std, and every call keeps tanh for the hidden layers: the pairing Glorot derived for."""

from jax import random
import jax.numpy as np


def MLP(layers, activation=np.tanh):
    def init(rng_key):
        def init_layer(key, d_in, d_out):
            k1, k2 = random.split(key)
            glorot_stddev = 1.0 / np.sqrt((d_in + d_out) / 2.0)
            W = glorot_stddev * random.normal(k1, (d_in, d_out))
            b = np.zeros(d_out)
            return W, b
        key, *keys = random.split(rng_key, len(layers))
        return list(map(init_layer, keys, layers[:-1], layers[1:]))

    def apply(params, inputs):
        for W, b in params[:-1]:
            outputs = np.dot(inputs, W) + b
            inputs = activation(outputs)
        W, b = params[-1]
        return np.dot(inputs, W) + b

    return init, apply


branch_init, branch_apply = MLP([100, 128, 128, 100], activation=np.tanh)
trunk_init, trunk_apply = MLP([2, 128, 128, 100], activation=np.tanh)
