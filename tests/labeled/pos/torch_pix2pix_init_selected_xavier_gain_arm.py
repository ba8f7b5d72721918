"""pix2pix's init_weights helper called with init_type="xavier": the selected arm passes the DCGAN std 0.02 as
Xavier's gain, 1/50 of Xavier on every Linear (INI003). The "normal" arm, which no call selects, is not judged."""

import torch.nn as nn
from torch.nn import init


def init_weights(net, init_type="normal", init_gain=0.02):
    def init_func(m):
        classname = m.__class__.__name__
        if hasattr(m, "weight") and classname.find("Linear") != -1:
            if init_type == "normal":
                init.normal_(m.weight.data, 0.0, init_gain)
            elif init_type == "xavier":
                init.xavier_normal_(m.weight.data, gain=init_gain)  # expect: INI003
            elif init_type == "kaiming":
                init.kaiming_normal_(m.weight.data, a=0, mode="fan_in")
    net.apply(init_func)


class D(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 1)

    def forward(self, x):
        return self.fc2(nn.functional.leaky_relu(self.fc1(x), 0.2))


net = D()
init_weights(net, init_type="xavier")
