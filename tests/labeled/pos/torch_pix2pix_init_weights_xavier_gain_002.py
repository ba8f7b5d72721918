"""pix2pix/CycleGAN's init_weights called with init_type="xavier": its init_gain of 0.02 (meant as normal_'s
std) becomes Xavier's gain, a std 50x below Xavier's on every hidden conv. (The orthogonal branch's gain stays a
tuning choice, RULES "Orthogonal"; the normal branch is the contested DCGAN std.)"""

import torch.nn as nn
from torch.nn import init


def init_weights(net, init_type='normal', init_gain=0.02):
    def init_func(m):
        classname = m.__class__.__name__
        if hasattr(m, 'weight') and (classname.find('Conv') != -1 or classname.find('Linear') != -1):
            if init_type == 'normal':
                init.normal_(m.weight.data, 0.0, init_gain)
            elif init_type == 'xavier':
                init.xavier_normal_(m.weight.data, gain=init_gain)  # expect: INI003
            elif init_type == 'kaiming':
                init.kaiming_normal_(m.weight.data, a=0, mode='fan_in')
            elif init_type == 'orthogonal':
                init.orthogonal_(m.weight.data, gain=init_gain)
            if hasattr(m, 'bias') and m.bias is not None:
                init.constant_(m.bias.data, 0.0)
        elif classname.find('BatchNorm2d') != -1:
            init.normal_(m.weight.data, 1.0, init_gain)
            init.constant_(m.bias.data, 0.0)
    net.apply(init_func)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(3, 64, 3), nn.BatchNorm2d(64), nn.ReLU(), nn.Conv2d(64, 64, 3),
                                  nn.BatchNorm2d(64), nn.ReLU(), nn.Conv2d(64, 3, 3), nn.Tanh())

    def forward(self, x):
        return self.body(x)


net = Net()
init_weights(net, init_type='xavier')
