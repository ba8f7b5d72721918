"""`w = torch.randn_like(w_ref)` with `w_ref` a (20, 2) literal: the weight takes the literal's shape,
fan-in 20, and std 1 there is too large for the tanh layer it feeds."""

import torch

w_ref = torch.tensor([[0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5], [0.5, -0.5]])
X = torch.rand(400, 20)


class TwoLayer:
    def __init__(self):
        self.w = torch.randn_like(w_ref, requires_grad=True)  # expect: INI004
        self.v = torch.randn(2, 1) * 0.5

    def forward(self, x):
        return torch.tanh(x @ self.w) @ self.v


model = TwoLayer()
for epoch in range(100):
    loss = model.forward(X).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        model.w -= 0.001 * model.w.grad
        model.w.grad.zero_()
