"""Deep Learning from Scratch's SimpleConvNet: the arrays are drawn `weight_init_std * randn(...)` (0.01 by
default) and handed to the book's layer objects (`Convolution(weight1, ...)`, `Affine(weight2, ...)`), which
train them. The conv filter has fan-in 1 x 5 x 5 = 25 before a ReLU (He 0.28: 0.01 is under a tenth); the
hidden Affine's fan-in is 30 x 12 x 12 = 4320 from the defaults (He 0.0215: 0.01 is not under a tenth), and the
last Affine is the output layer."""

import numpy as np
from common.layers import Affine, Convolution, Pooling, Relu, SoftmaxWithLoss


class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28), hidden_size=100, output_size=10, weight_init_std=0.01):
        filter_num = 30
        filter_size = 5
        input_size = input_dim[1]
        conv_output_size = (input_size - filter_size) / 1 + 1
        pool_output_size = int(filter_num * (conv_output_size / 2) * (conv_output_size / 2))
        weight1 = weight_init_std * np.random.randn(filter_num, input_dim[0], filter_size, filter_size)  # expect: INI003
        weight2 = weight_init_std * np.random.randn(pool_output_size, hidden_size)
        weight3 = weight_init_std * np.random.randn(hidden_size, output_size)
        self.layers = [
            Convolution(weight1, np.zeros(filter_num), 1, 0),
            Relu(),
            Pooling(pool_h=2, pool_w=2, stride=2),
            Affine(weight2, np.zeros(hidden_size)),
            Relu(),
            Affine(weight3, np.zeros(output_size)),
        ]
        self.loss_layer = SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x
