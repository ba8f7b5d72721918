"""A spiking-network tutorial's parameters: each tensor made with torch.empty((n_in, n_out), requires_grad=True),
then filled in place with normal_(std=weight_scale / np.sqrt(n_in)). std 0.2 / sqrt(700) = 0.0076 is under 0.01,
but the fan-in is known from the empty tensor's shape: a fifth of LeCun's std, not below a tenth (RULES "Known
fan-in decides scale")."""

import numpy as np
import torch

nb_inputs = 700
nb_hidden = 200
nb_outputs = 20
weight_scale = 0.2

w1 = torch.empty((nb_inputs, nb_hidden), dtype=torch.float, requires_grad=True)
torch.nn.init.normal_(w1, mean=0.0, std=weight_scale / np.sqrt(nb_inputs))
w2 = torch.empty((nb_hidden, nb_outputs), dtype=torch.float, requires_grad=True)
torch.nn.init.normal_(w2, mean=0.0, std=weight_scale / np.sqrt(nb_hidden))

optimizer = torch.optim.Adam([w1, w2], lr=2e-4)
for x, y in []:
    h = torch.relu(torch.einsum("abc,cd->abd", (x, w1)))
    out = torch.einsum("abc,cd->abd", (h, w2))
    loss = torch.nn.functional.cross_entropy(out.sum(1), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
