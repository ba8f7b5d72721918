"""A from-scratch LSTM draws its four gate matrices with one nested helper at std 0.01: the gates are fed
the same input side by side (one layer, not a chain of four), and the hidden size is not known here, so no
deep-stack or known-fan-in clause applies."""

import numpy as np


class LSTM:
    def __init__(self, input_dim, hidden_dim, output_dim):
        self.input_dim, self.hidden_dim, self.out_dim = input_dim, hidden_dim, output_dim
        self.params = self._init_params()

    def _init_params(self):
        scale = 0.01

        def param_single_layer():
            w = np.random.normal(scale=scale, size=(self.hidden_dim, self.hidden_dim + self.input_dim))
            b = np.zeros(shape=[self.hidden_dim, 1])
            return w, b

        Wf, bf = param_single_layer()
        Wi, bi = param_single_layer()
        Wo, bo = param_single_layer()
        Wc, bc = param_single_layer()
        return [Wf, bf, Wi, bi, Wo, bo, Wc, bc]

    def step(self, x, h, c):
        Wf, bf, Wi, bi, Wo, bo, Wc, bc = self.params
        z = np.vstack([h, x])
        f = 1 / (1 + np.exp(-(Wf @ z + bf)))
        i = 1 / (1 + np.exp(-(Wi @ z + bi)))
        o = 1 / (1 + np.exp(-(Wo @ z + bo)))
        c = f * c + i * np.tanh(Wc @ z + bc)
        return o * np.tanh(c), c
