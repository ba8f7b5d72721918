"""Q-network as a module-level nn.Sequential: He init on the ReLU hidden layers by index and a
zero final layer (seq[-1]), so every action starts with the same Q-value."""

import torch.nn as nn

q_net = nn.Sequential(
    nn.Linear(4, 128),
    nn.ReLU(),
    nn.Linear(128, 128),
    nn.ReLU(),
    nn.Linear(128, 2),
)
nn.init.kaiming_uniform_(q_net[0].weight, nonlinearity="relu")
nn.init.kaiming_uniform_(q_net[2].weight, nonlinearity="relu")
nn.init.zeros_(q_net[-1].weight)
nn.init.zeros_(q_net[-1].bias)
