"""AM-Softmax / cosine-margin speaker classifier: the class-weight matrix is drawn with randn
but L2-normalised in forward, so only its direction matters -- its initial std is irrelevant.
Same for a QR-orthonormalised motion basis (LIA / Wan-Animate)."""

import torch
import torch.nn as nn
from torch.nn import init


class AMSoftmaxLoss(nn.Module):
    def __init__(self, input_dim, num_labels, scale=30.0, margin=0.4):
        super().__init__()
        self.scale = scale
        self.margin = margin
        self.num_labels = num_labels
        self.weight = nn.Parameter(torch.randn(input_dim, num_labels), requires_grad=True)
        self.loss = nn.CrossEntropyLoss()

    def forward(self, hidden_states, labels):
        weight = nn.functional.normalize(self.weight, dim=0)
        hidden_states = nn.functional.normalize(hidden_states, dim=1)
        cos_theta = torch.mm(hidden_states, weight)
        onehot = nn.functional.one_hot(labels, self.num_labels).bool()
        logits = self.scale * torch.where(onehot, cos_theta - self.margin, cos_theta)
        return self.loss(logits, labels)


class MotionEncoder(nn.Module):
    def __init__(self, style_dim, motion_dim):
        super().__init__()
        self.net = nn.Linear(style_dim, motion_dim)
        self.motion_synthesis_weight = nn.Parameter(torch.randn(style_dim, motion_dim))

    def forward(self, feat):
        alpha = self.net(feat)
        weight = self.motion_synthesis_weight + 1e-8
        q = torch.linalg.qr(weight.to(torch.float32))[0]
        return torch.matmul(torch.diag_embed(alpha), q.T).sum(dim=1)


class PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            init.normal_(module.weight, std=0.02)
        elif isinstance(module, AMSoftmaxLoss):
            init.normal_(module.weight)
