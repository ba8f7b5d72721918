"""Deep-learning course MLP: the activation is chosen in the constructor by a string (`self.act = act`, then
`if self.act == 'relu': self.act = nn.ReLU()`), and the model is built with 'tanh': Xavier suits tanh."""
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, in_dim, out_dim, hid_dim, n_layer, act, use_xavier):
        super().__init__()
        self.act = act
        self.fc1 = nn.Linear(in_dim, hid_dim)
        self.linears = nn.ModuleList([nn.Linear(hid_dim, hid_dim) for _ in range(n_layer - 1)])
        self.fc2 = nn.Linear(hid_dim, out_dim)
        if self.act == 'relu':
            self.act = nn.ReLU()
        elif self.act == 'tanh':
            self.act = nn.Tanh()
        else:
            raise ValueError('no valid activation function selected!')
        if use_xavier:
            self.xavier_init()

    def forward(self, x):
        x = self.act(self.fc1(x))
        for i in range(len(self.linears)):
            x = self.act(self.linears[i](x))
        return self.fc2(x)

    def xavier_init(self):
        for linear in self.linears:
            nn.init.xavier_normal_(linear.weight)
            linear.bias.data.fill_(0.01)


net = MLP(3072, 10, 100, 4, 'tanh', True)
