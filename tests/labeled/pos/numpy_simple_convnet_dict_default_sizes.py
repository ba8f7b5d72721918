"""Deep Learning from Scratch (ch. 7) SimpleConvNet: every weight is weight_init_std=0.01 times a unit draw,
sizes from the constructor's defaults (`conv_param={'filter_num': 30, 'filter_size': 5, ...}`). The 5x5 conv
(fan-in 25) is far below He; the affine layer with fan-in 4320 is within a tenth of He, and the last is the
output layer."""

import numpy as np


class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28), conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1},
                 hidden_size=100, output_size=10, weight_init_std=0.01):
        filter_num = conv_param['filter_num']
        filter_size = conv_param['filter_size']
        filter_pad = conv_param['pad']
        filter_stride = conv_param['stride']
        input_size = input_dim[1]
        conv_output_size = (input_size - filter_size + 2 * filter_pad) / filter_stride + 1
        pool_output_size = int(filter_num * (conv_output_size / 2) * (conv_output_size / 2))

        self.params = {}
        self.params['W1'] = weight_init_std * np.random.randn(filter_num, input_dim[0], filter_size, filter_size)  # expect: INI003
        self.params['b1'] = np.zeros(filter_num)
        self.params['W2'] = weight_init_std * np.random.randn(pool_output_size, hidden_size)
        self.params['b2'] = np.zeros(hidden_size)
        self.params['W3'] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params['b3'] = np.zeros(output_size)

    def gradient(self, x, t):
        grads = {}
        for key in ('W1', 'b1', 'W2', 'b2', 'W3', 'b3'):
            grads[key] = np.zeros_like(self.params[key])
        return grads

    def update(self, grads, lr=0.01):
        for key in ('W1', 'b1', 'W2', 'b2', 'W3', 'b3'):
            self.params[key] -= lr * grads[key]
