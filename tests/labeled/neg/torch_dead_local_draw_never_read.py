"""A spiking-network example script leaves a draw it no longer uses (`w = 0.01 * torch.rand(...)`, the
connections below draw their own weights): a dead assignment that nothing multiplies, updates or stores is
no trained weight, whatever its name."""

import torch

n_in, n_exc, n_out = 6400, 100, 4

w = 0.01 * torch.rand(n_in, n_exc)
input_exc = torch.nn.Linear(n_in, n_exc)
torch.nn.init.kaiming_uniform_(input_exc.weight, nonlinearity="relu")
readout = torch.nn.Linear(n_exc, n_out)
optimizer = torch.optim.SGD(list(input_exc.parameters()) + list(readout.parameters()), lr=0.1)
x = torch.rand(8, n_in)
loss = readout(torch.relu(input_exc(x))).pow(2).mean()
loss.backward()
optimizer.step()
