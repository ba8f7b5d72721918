"""A from-scratch MLP whose default scale is fine, but the training script passes
`weight_scale=1e-4`: the call-site value decides over the default and is reported there."""

import numpy as np

class MLP:
    def __init__(self, sizes, weight_scale=0.05):
        self.num_layers = len(sizes) - 1
        self.params = {}
        for i in range(1, self.num_layers + 1):
            self.params["W%d" % i] = weight_scale * np.random.randn(sizes[i - 1], sizes[i])
            self.params["b%d" % i] = np.zeros(sizes[i])

    def forward(self, x):
        for i in range(1, self.num_layers + 1):
            x = x.dot(self.params["W%d" % i]) + self.params["b%d" % i]
            if i < self.num_layers:
                x = np.tanh(x)
        return x


net = MLP([784, 256, 256, 10], weight_scale=1e-4)  # expect: INI003
