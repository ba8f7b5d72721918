"""Course notebook: the generator's constructor applies a tiny uniform init to every layer, and the next
cell builds the generator and loads a pretrained checkpoint into it: the checkpoint, not the init, is
what the weights start from."""

import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv = nn.ConvTranspose2d(c, c, 4, 2, 1)

    def forward(self, x):
        return torch.relu(self.conv(x))


class VideoGenerator(nn.Module):
    def __init__(self, z=256, c=64):
        super().__init__()
        self.fc = nn.Linear(z, c * 16)
        self.blocks = nn.Sequential(Block(c), Block(c))
        self.apply(self.init_weights)

    def init_weights(self, m):
        if type(m) in (nn.Linear, nn.ConvTranspose2d):
            nn.init.uniform_(m.weight, a=-0.01, b=0.01)

    def forward(self, z):
        return self.blocks(torch.relu(self.fc(z)).view(z.size(0), -1, 4, 4))


gen = VideoGenerator().cuda()
gen.load_state_dict(torch.load("state_normal81000.ckpt")["model_state_dict"][0])
samples = gen(torch.randn(16, 256).cuda())
