"""PyTorch autograd tutorial: check a custom Function with gradcheck. The tensors are
double-precision inputs of a gradient check, never trained weights."""

import torch
import torch.nn.functional as F
from torch.autograd import gradcheck


class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, weight):
        ctx.save_for_backward(input, weight)
        return input.mm(weight.t())

    @staticmethod
    def backward(ctx, grad_output):
        input, weight = ctx.saved_tensors
        return grad_output.mm(weight), grad_output.t().mm(input)


input = torch.randn(20, 20, dtype=torch.double, requires_grad=True)
weight = torch.randn(30, 20, dtype=torch.double, requires_grad=True)
test = gradcheck(LinearFunction.apply, (input, weight), eps=1e-6, atol=1e-4)
print(test)
