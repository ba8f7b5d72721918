"""A walk of the whole model inits every Linear with Xavier, and a pretrained checkpoint is then loaded into
the backbone only (`self.backbone.load_state_dict(...)`): the checkpoint replaces the backbone's weights, not
the head's. The head's fc1 feeds ReLU, so its Xavier init still starts training."""

import torch.nn as nn
import torch.utils.model_zoo as model_zoo
from torchvision.models.resnet import BasicBlock, ResNet


class KeypointModel(nn.Module):
    def __init__(self, pretrained, url):
        super().__init__()
        self.backbone = ResNet(BasicBlock, [2, 2, 2, 2])
        self.fc1 = nn.Linear(1000, 512)
        self.fc2 = nn.Linear(512, 34)
        self.relu = nn.ReLU()
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)  # expect: INI101
        if pretrained:
            self.backbone.load_state_dict(model_zoo.load_url(url))

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(self.backbone(x))))
