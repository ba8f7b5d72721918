"""d2l's RNN from scratch: one `_one` helper draws W_xh, W_hh and W_hq with std 0.01. Only two of them are layers
of a chain (W_hh is the recurrent matrix applied at each step), so the deep-stack clause does not apply."""

import torch


def get_params(vocab_size, num_hiddens, device):
    num_inputs = num_outputs = vocab_size

    def _one(shape):
        return torch.nn.Parameter(torch.normal(0, 0.01, size=shape, device=device), requires_grad=True)

    W_xh = _one((num_inputs, num_hiddens))
    W_hh = _one((num_hiddens, num_hiddens))
    b_h = torch.nn.Parameter(torch.zeros(num_hiddens, device=device))
    W_hq = _one((num_hiddens, num_outputs))
    b_q = torch.nn.Parameter(torch.zeros(num_outputs, device=device))
    return [W_xh, W_hh, b_h, W_hq, b_q]


def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = torch.tanh(torch.matmul(X, W_xh) + torch.matmul(H, W_hh) + b_h)
        outputs.append(torch.matmul(H, W_hq) + b_q)
    return torch.cat(outputs, dim=0), (H,)
