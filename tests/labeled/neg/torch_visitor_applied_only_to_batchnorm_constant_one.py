"""Re-ID baseline (bag of tricks, a 2024 course homework): the BNNeck's init visitor fills weight 1 and bias 0
and is applied only to the BatchNorm1d bottleneck: a norm layer's scale, not a weight matrix."""
import torch.nn as nn
import torchvision


def weights_init_kaiming(m):
    if m.affine:
        nn.init.constant_(m.weight, 1.0)
        nn.init.constant_(m.bias, 0.0)


class ReIDNet(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        resnet = torchvision.models.resnet18(pretrained=False)
        self.conv = nn.Sequential(*(list(resnet.children())[:-1]))
        self.bottleneck = nn.BatchNorm1d(512)
        self.bottleneck.bias.requires_grad_(False)
        self.classifier = nn.Linear(512, num_classes, bias=False)
        self.bottleneck.apply(weights_init_kaiming)

    def forward(self, x):
        feat = self.bottleneck(self.conv(x).flatten(1))
        return self.classifier(feat)
