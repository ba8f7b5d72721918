"""A tutorial script builds its layers as module-level names, gives each weight Xavier, and chains them
in a Sequential moved to the device: the hidden layers feed tanh, which Xavier suits: silent."""

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
linear1 = torch.nn.Linear(784, 512, bias=True)
linear2 = torch.nn.Linear(512, 512, bias=True)
linear3 = torch.nn.Linear(512, 10, bias=True)
act = torch.nn.Tanh()
dropout = torch.nn.Dropout(p=0.3)

torch.nn.init.xavier_uniform_(linear1.weight)
torch.nn.init.xavier_uniform_(linear2.weight)
torch.nn.init.xavier_uniform_(linear3.weight)

model = torch.nn.Sequential(linear1, act, dropout, linear2, act, dropout, linear3).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
