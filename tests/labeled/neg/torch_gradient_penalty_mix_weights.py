"""A gradient penalty on points between real and fake images: the mixing weights `w` (U[0, 1) per sample) make
`w * real + (1 - w) * fake`; they are drawn every step and never trained. Nothing to report."""

import torch


def gradient_penalty(critic, real, fake):
    w = torch.rand(real.size(0), 1, 1, 1, device=real.device)
    mixed = (w * real + (1 - w) * fake).requires_grad_(True)
    score = critic(mixed)
    grad, = torch.autograd.grad(score.sum(), mixed, create_graph=True)
    return ((grad.flatten(1).norm(dim=1) - 1) ** 2).mean()
