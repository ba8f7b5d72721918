"""PyTorch examples regression.py: a random polynomial W_target/b_target only generates
the targets; the trained weights are those of the nn.Linear fitted to them."""

import torch
import torch.nn.functional as F

POLY_DEGREE = 4
W_target = torch.randn(POLY_DEGREE, 1) * 5
b_target = torch.randn(1) * 5


def make_features(x):
    x = x.unsqueeze(1)
    return torch.cat([x ** i for i in range(1, POLY_DEGREE + 1)], 1)


def f(x):
    return x.mm(W_target) + b_target.item()


def get_batch(batch_size=32):
    random = torch.randn(batch_size)
    x = make_features(random)
    return x, f(x)


fc = torch.nn.Linear(W_target.size(0), 1)
opt = torch.optim.SGD(fc.parameters(), lr=0.1)
for batch_idx in range(1000):
    batch_x, batch_y = get_batch()
    opt.zero_grad()
    loss = F.smooth_l1_loss(fc(batch_x), batch_y)
    loss.backward()
    opt.step()
