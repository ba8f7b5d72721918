"""X-CLIP: the constructor creates a projection with torch.randn as a placeholder; the
model's _init_weights visitor (run by post_init over every submodule) redraws it with
std = dim ** -0.5. The constructor value never survives."""

import torch
import torch.nn as nn
from torch.nn import init


class PreTrainedModel(nn.Module):
    def post_init(self):
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            init.normal_(module.weight, std=0.02)
        elif isinstance(module, XCLIPModel):
            init.normal_(module.prompts_visual_projection, std=module.vision_embed_dim ** -0.5)


class XCLIPModel(PreTrainedModel):
    def __init__(self, vision_embed_dim=768, projection_dim=512):
        super().__init__()
        self.vision_embed_dim = vision_embed_dim
        self.visual_projection = nn.Linear(vision_embed_dim, projection_dim, bias=False)
        self.prompts_visual_projection = nn.Parameter(torch.randn(vision_embed_dim, projection_dim))
        self.post_init()

    def forward(self, img_features):
        return img_features @ self.prompts_visual_projection
