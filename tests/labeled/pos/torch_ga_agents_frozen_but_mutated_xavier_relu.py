"""Deep neuroevolution: agents are built, given Xavier weights by a visitor, and frozen to autograd, then evolved
by mutating every parameter in place (`param += noise`). The weights are still what the search starts from,
and each hidden Linear feeds ReLU: Xavier for ReLU."""

import copy

import torch
import torch.nn as nn


def cartpole_model(n_obs, n_actions):
    return nn.Sequential(nn.Linear(n_obs, 128), nn.ReLU(), nn.Linear(128, n_actions), nn.Softmax(dim=1))


def init_weight(module):
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight.data)  # expect: INI101
        module.bias.data.fill_(0.0)


def create_agents(num_agents, n_obs, n_actions):
    agents = []
    for _ in range(num_agents):
        agent = cartpole_model(n_obs, n_actions)
        agent.apply(init_weight)
        for param in agent.parameters():
            param.requires_grad = False
        agents.append(agent)
    return agents


def mutate(agent, power=0.02):
    child = copy.deepcopy(agent)
    for param in child.parameters():
        param += torch.randn_like(param) * power
    return child
