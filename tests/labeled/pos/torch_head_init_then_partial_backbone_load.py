"""Simple-Baselines style: the deconvolution neck is initialised module by module with std 0.001, then a
ResNet backbone checkpoint is loaded with strict=False. The checkpoint has no deconv layers, so their
tiny init stays; each deconv feeds BatchNorm and ReLU, a hidden chain."""

import torch.nn as nn
import torch.utils.model_zoo as model_zoo


class PoseNet(nn.Module):
    def __init__(self, backbone, url):
        super().__init__()
        self.backbone = backbone
        self.deconv_layers = nn.Sequential(
            nn.ConvTranspose2d(2048, 256, 4, 2, 1, bias=False), nn.BatchNorm2d(256), nn.ReLU(inplace=True),
            nn.ConvTranspose2d(256, 256, 4, 2, 1, bias=False), nn.BatchNorm2d(256), nn.ReLU(inplace=True),
            nn.ConvTranspose2d(256, 256, 4, 2, 1, bias=False), nn.BatchNorm2d(256), nn.ReLU(inplace=True),
        )
        self.final_layer = nn.Conv2d(256, 17, 1)
        self.init_weights(url)

    def forward(self, x):
        return self.final_layer(self.deconv_layers(self.backbone(x)))

    def init_weights(self, url):
        for m in self.deconv_layers.modules():
            if isinstance(m, nn.ConvTranspose2d):
                nn.init.normal_(m.weight, std=0.001)  # expect: INI003
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
        self.load_state_dict(model_zoo.load_url(url), strict=False)
