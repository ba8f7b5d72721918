"""CLIP-style scalar parameters: logit_scale = nn.Parameter(torch.ones([]) * np.log(1 / 0.07))
and projection matrices drawn with std = width ** -0.5."""

import numpy as np
import torch
import torch.nn as nn


class CLIPHead(nn.Module):
    def __init__(self, vision_width=768, text_width=512, embed_dim=512):
        super().__init__()
        self.visual_projection = nn.Parameter(torch.empty(vision_width, embed_dim))
        self.text_projection = nn.Parameter(torch.empty(text_width, embed_dim))
        self.logit_scale = nn.Parameter(torch.ones([]) * np.log(1 / 0.07))
        nn.init.normal_(self.visual_projection, std=vision_width ** -0.5)
        nn.init.normal_(self.text_projection, std=text_width ** -0.5)

    def forward(self, image_features, text_features):
        img = image_features @ self.visual_projection
        txt = text_features @ self.text_projection
        img = img / img.norm(dim=-1, keepdim=True)
        txt = txt / txt.norm(dim=-1, keepdim=True)
        return self.logit_scale.exp() * img @ txt.t()
