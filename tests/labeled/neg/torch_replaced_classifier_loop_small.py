"""Transfer learning: a torchvision backbone's classifier is replaced by Dropout-Linear(1280, 128)-ReLU-Dropout-
Linear(128, n), and a loop over `model.classifier` (model = base_model) gives its two Linears N(0, 0.01). Only
that container's layers are initialised: two layers, exactly 0.01, not a deep stack; and the function's other
models (a replaced `fc`, a VGG head) are not in the loop."""

import torch.nn as nn
from torchvision import models


def get_model(name, num_classes, weights=None):
    if name == "resnet50":
        model = models.resnet50(weights=weights)
        model.fc = nn.Linear(model.fc.in_features, num_classes)
    elif name == "efficientnet_b0":
        base_model = models.efficientnet_b0(weights=weights)
        feature_dim = base_model.classifier[1].in_features
        base_model.classifier = nn.Sequential(
            nn.Dropout(0.3),
            nn.Linear(feature_dim, 128),
            nn.ReLU(),
            nn.Dropout(0.25),
            nn.Linear(128, num_classes),
        )
        model = base_model
        for layer in model.classifier:
            if isinstance(layer, nn.Linear):
                nn.init.normal_(layer.weight, mean=0.0, std=0.01)
                nn.init.constant_(layer.bias, 0.0)
    else:
        model = models.vgg19_bn(weights=weights)
        model.classifier[6] = nn.Linear(model.classifier[6].in_features, num_classes)
    return model
