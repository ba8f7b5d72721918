"""autograd-style example: init_random_params returns one (W, b) pair per layer, drawn as scale * randn
with the scale passed by the script's main block (0.001): far too small for the ReLU layers."""

import autograd.numpy as np
import autograd.numpy.random as npr
from autograd import grad
from autograd.misc.optimizers import adam


def init_random_params(scale, layer_sizes, rs=npr.RandomState(0)):
    """Build a list of (weights, biases) tuples, one for each layer in the net."""
    return [(scale * rs.randn(m, n),  # expect: INI003
             scale * rs.randn(n))
            for m, n in zip(layer_sizes[:-1], layer_sizes[1:])]


def neural_net_predict(params, inputs):
    for W, b in params:
        outputs = np.dot(inputs, W) + b
        inputs = np.maximum(0, outputs)
    return outputs


if __name__ == "__main__":
    layer_sizes = [784, 200, 100, 10]
    param_scale = 0.001
    init_params = init_random_params(param_scale, layer_sizes)
    objective_grad = grad(lambda p, i: -np.sum(neural_net_predict(p, i[0])))
    optimized_params = adam(objective_grad, init_params, step_size=0.001, num_iters=100)
