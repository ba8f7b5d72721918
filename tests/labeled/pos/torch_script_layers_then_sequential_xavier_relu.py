"""A tutorial script builds its layers as module-level names, gives each weight Xavier, and only then chains
them in a Sequential moved to the device (`nn.Sequential(linear1, relu, ...).to(device)`): the hidden layers
feed ReLU, so Xavier halves the variance at each of them."""

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
linear1 = torch.nn.Linear(784, 512, bias=True)
linear2 = torch.nn.Linear(512, 512, bias=True)
linear3 = torch.nn.Linear(512, 10, bias=True)
relu = torch.nn.ReLU()
dropout = torch.nn.Dropout(p=0.3)

torch.nn.init.xavier_uniform_(linear1.weight)  # expect: INI101
torch.nn.init.xavier_uniform_(linear2.weight)  # expect: INI101
torch.nn.init.xavier_uniform_(linear3.weight)

model = torch.nn.Sequential(linear1, relu, dropout, linear2, relu, dropout, linear3).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
