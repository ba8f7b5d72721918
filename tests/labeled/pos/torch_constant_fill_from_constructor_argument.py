"""A course notebook on initialisation: every Linear of a 10-layer stack is filled with the constructor's
`weights_initial_value`, and the notebook builds the model with 0.1 and with 1.5: constant weights."""
import torch
import torch.nn as nn


class DeepNN(nn.Module):
    def __init__(self, weights_initial_value):
        super().__init__()
        self.layer_0 = nn.Linear(2, 2)
        self.layer_1 = nn.Linear(2, 1)
        nn.init.constant_(self.layer_0.weight.data, weights_initial_value)  # expect: INI002
        nn.init.constant_(self.layer_1.weight.data, weights_initial_value)  # expect: INI002

    def forward(self, x):
        return self.layer_1(torch.tanh(self.layer_0(x)))


model = DeepNN(0.1)
print(model.layer_0.weight.data)
model = DeepNN(1.5)
print(model.layer_0.weight.data)
