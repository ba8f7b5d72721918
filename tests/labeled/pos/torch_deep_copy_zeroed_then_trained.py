"""A second network is made as a deep copy of the first, re-initialised by a visitor that zeroes every
Linear weight, and then trained with an optimizer of its own: the copy's hidden units start identical and
never break symmetry."""

import copy

import torch
import torch.nn as nn
import torch.optim as optim

teacher = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
student = copy.deepcopy(teacher)


def reinit(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.weight)  # expect: INI001
        nn.init.zeros_(m.bias)


student.apply(reinit)
optimizer = optim.SGD(student.parameters(), lr=0.1)
for x, y in loader:
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(student(x), y)
    loss.backward()
    optimizer.step()
