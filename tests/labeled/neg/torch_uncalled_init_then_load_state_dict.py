"""Fine-tuning script: the network class carries an `initialize_weights` method that this script never
calls; the weights come from a checkpoint loaded with load_state_dict."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.fc1 = nn.Linear(6 * 14 * 14, 120)
        self.fc2 = nn.Linear(120, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.relu(self.fc1(x.view(x.size(0), -1)))
        return self.fc2(x)

    def initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.xavier_normal_(m.weight.data)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight.data, 0, 0.001)


net = Net()
pretrained = torch.load("net_params.pkl")
state = net.state_dict()
state.update({k: v for k, v in pretrained.items() if k in state})
net.load_state_dict(state)
optimizer = torch.optim.SGD(net.parameters(), lr=0.01)
