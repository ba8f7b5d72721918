"""RL tutorial (A2C): actor and critic MLPs are built first and handed to an ActorCritic wrapper,
then `policy.apply(init_weights)` Xavier-initialises every Linear; the hidden layers feed PReLU
(ReLU family), so He is the matching scale."""
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim, dropout=0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(input_dim, hidden_dim),
            nn.Dropout(dropout),
            nn.PReLU(),
            nn.Linear(hidden_dim, hidden_dim),
            nn.Dropout(dropout),
            nn.PReLU(),
            nn.Linear(hidden_dim, output_dim),
        )

    def forward(self, x):
        return self.net(x)


class ActorCritic(nn.Module):
    def __init__(self, actor, critic):
        super().__init__()
        self.actor = actor
        self.critic = critic

    def forward(self, state):
        return self.actor(state), self.critic(state)


actor = MLP(8, 128, 4)
critic = MLP(8, 128, 1)
policy = ActorCritic(actor, critic)


def init_weights(m):
    if type(m) == nn.Linear:
        torch.nn.init.xavier_normal_(m.weight)  # expect: INI101
        m.bias.data.fill_(0)


policy.apply(init_weights)
optimizer = torch.optim.Adam(policy.parameters(), lr=0.01)
