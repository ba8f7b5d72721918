"""Actor-critic with eligibility traces: each trace is a deep copy of its network, zeroed by a visitor at
the start of every episode and then used only as one running sum per parameter (`trace.data.copy_(...)`,
`param.grad.copy_(-td_error * trace)`). Nothing runs a trace forward and no optimizer receives it."""

import copy

import torch
import torch.nn as nn
import torch.optim as optim


class TraceActorCritic:
    def __init__(self, n_obs, n_actions):
        self.actor = nn.Sequential(nn.Linear(n_obs, 100), nn.ReLU(), nn.Linear(100, n_actions), nn.Softmax(1))
        self.actor_optimizer = optim.Adam(self.actor.parameters(), 1e-4)
        self.actor_trace = copy.deepcopy(self.actor)
        self.critic = nn.Sequential(nn.Linear(n_obs, 100), nn.ReLU(), nn.Linear(100, 1))
        self.critic_optimizer = optim.Adam(self.critic.parameters(), 2e-4)
        self.critic_trace = copy.deepcopy(self.critic)

    def reset(self):
        def zero_weights(m):
            if isinstance(m, nn.Linear):
                nn.init.zeros_(m.weight)
                nn.init.zeros_(m.bias)
        self.actor_trace.apply(zero_weights)
        self.critic_trace.apply(zero_weights)

    def learn(self, state, action, td_error, gamma=0.99, lam=0.9):
        logpi = torch.log(self.actor(state)[0, action])
        self.actor_optimizer.zero_grad()
        logpi.backward()
        for param, trace in zip(self.actor.parameters(), self.actor_trace.parameters()):
            trace.data.copy_(gamma * lam * trace.data + param.grad)
            param.grad.copy_(-td_error * trace)
        self.actor_optimizer.step()
        v = self.critic(state)[0, 0]
        self.critic_optimizer.zero_grad()
        v.backward()
        for param, trace in zip(self.critic.parameters(), self.critic_trace.parameters()):
            trace.data.copy_(gamma * lam * trace.data + param.grad)
            param.grad.copy_(-td_error * trace)
        self.critic_optimizer.step()
