"""A from-scratch linear regression: `w = torch.randn_like(w0)` with `w0` the true weights written as a
(2, 1) literal. The shape of the literal is the weight's: fan-in 2, no hidden layer, so std 1 is fine."""

import torch

w0 = torch.tensor([[2.0], [-3.0]])
b0 = torch.tensor([[10.0]])
X = torch.rand(400, 2)
Y = X @ w0 + b0 + torch.normal(0.0, 2.0, size=[400, 1])


class LinearRegression:
    def __init__(self):
        self.w = torch.randn_like(w0, requires_grad=True)
        self.b = torch.zeros_like(b0, requires_grad=True)

    def forward(self, x):
        return x @ self.w + self.b


model = LinearRegression()
for epoch in range(100):
    loss = ((model.forward(X) - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        model.w -= 0.001 * model.w.grad
        model.b -= 0.001 * model.b.grad
        model.w.grad.zero_()
        model.b.grad.zero_()
