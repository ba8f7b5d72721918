"""A training script that loads a checkpoint only when asked (`if args.load_folder:`) and reloads the best one
in `test()` after training: the default run trains from the init, so Xavier before ReLU still matters."""

import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, n_in, n_hid, n_out):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hid)
        self.fc2 = nn.Linear(n_hid, n_out)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_normal_(m.weight)  # expect: INI101

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


parser = argparse.ArgumentParser()
parser.add_argument("--load-folder", default="")
args = parser.parse_args()
model = MLP(784, 256, 10)
if args.load_folder:
    model.load_state_dict(torch.load(args.load_folder + "/model.pt"))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


def test():
    model.load_state_dict(torch.load("best.pt"))
    model.eval()
