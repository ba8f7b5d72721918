"""A detection box head initialised with fvcore's c2_xavier_fill (Caffe2 "XavierFill": kaiming_uniform_
with a=1, the LeCun fan-in scale) on a Linear that feeds ReLU: He is the scale for ReLU."""

import fvcore.nn.weight_init as weight_init
import torch.nn as nn
import torch.nn.functional as F


class BoxHead(nn.Module):
    def __init__(self, in_dim=256 * 7 * 7, fc_dim=1024, num_classes=81):
        super().__init__()
        self.fc1 = nn.Linear(in_dim, fc_dim)
        self.cls_score = nn.Linear(fc_dim, num_classes)
        weight_init.c2_xavier_fill(self.fc1)  # expect: INI101
        nn.init.normal_(self.cls_score.weight, std=0.01)

    def forward(self, x):
        return self.cls_score(F.relu(self.fc1(x.flatten(1))))
