"""Binary classifier: He init on the ReLU hidden layer and Xavier/He on the output layer whose
final sigmoid is the output link, not a hidden activation."""

import torch
import torch.nn as nn


class BinaryClassifier(nn.Module):
    def __init__(self, n_features=30):
        super().__init__()
        self.hidden = nn.Linear(n_features, 64)
        self.out = nn.Linear(64, 1)
        nn.init.kaiming_normal_(self.hidden.weight, nonlinearity="relu")
        nn.init.kaiming_normal_(self.out.weight)

    def forward(self, x):
        x = torch.relu(self.hidden(x))
        return torch.sigmoid(self.out(x))
