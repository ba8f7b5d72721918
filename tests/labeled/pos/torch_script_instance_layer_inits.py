"""An init tutorial builds one model per scheme at module level and writes each model's layer through the
instance (`model_zero.fc1.weight.data.fill_(0)`, `nn.init.xavier_uniform_(model_xavier.fc1.weight)`): fc1 is
the class's hidden layer feeding ReLU, so zeros never break symmetry and Xavier halves the variance."""

import torch.nn as nn
import torch.optim as optim


class Net(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(input_size, hidden_size)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(x.view(x.size(0), -1))))


model_zero = Net(784, 128, 10)
model_zero.fc1.weight.data.fill_(0)  # expect: INI001
model_zero.fc1.bias.data.fill_(0)
model_xavier = Net(784, 128, 10).to("cpu")
nn.init.xavier_uniform_(model_xavier.fc1.weight)  # expect: INI101
optimizer_zero = optim.Adam(model_zero.parameters(), lr=1e-3)
optimizer_xavier = optim.Adam(model_xavier.parameters(), lr=1e-3)
