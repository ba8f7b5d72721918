"""A script writes layers of the models it builds through the instances: the classifier head zeroed
(`model.fc2.weight.data.fill_(0)`, RULES: a zero classifier head), He for the hidden ReLU layer, the biases
zeroed. Nothing here is a bad init."""

import torch.nn as nn
import torch.optim as optim


class Net(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(input_size, hidden_size)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(x)))


model = Net(784, 128, 10)
nn.init.kaiming_uniform_(model.fc1.weight, nonlinearity="relu")
model.fc1.bias.data.fill_(0)
model.fc2.weight.data.fill_(0)
model.fc2.bias.data.fill_(0)
optimizer = optim.Adam(model.parameters(), lr=1e-3)
