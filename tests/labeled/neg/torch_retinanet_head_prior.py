"""RetinaNet classification/regression heads (torchvision/detectron2 style): normal_(std=0.01)
on the named final cls_logits / bbox_pred convs, bias = -log((1 - prior) / prior).
(The conv tower keeps its default init here.)"""

import math

import torch.nn as nn


class RetinaNetHead(nn.Module):
    def __init__(self, in_channels=256, num_anchors=9, num_classes=80, prior_probability=0.01):
        super().__init__()
        conv = []
        for _ in range(4):
            conv.append(nn.Conv2d(in_channels, in_channels, 3, padding=1))
            conv.append(nn.ReLU())
        self.conv = nn.Sequential(*conv)
        self.cls_logits = nn.Conv2d(in_channels, num_anchors * num_classes, 3, padding=1)
        nn.init.normal_(self.cls_logits.weight, std=0.01)
        nn.init.constant_(self.cls_logits.bias, -math.log((1 - prior_probability) / prior_probability))
        self.bbox_pred = nn.Conv2d(in_channels, num_anchors * 4, 3, padding=1)
        nn.init.normal_(self.bbox_pred.weight, std=0.001)
        nn.init.zeros_(self.bbox_pred.bias)

    def forward(self, x):
        t = self.conv(x)
        return self.cls_logits(t), self.bbox_pred(t)
