"""An LLM-from-scratch book's decoder: initialize_weights visits every module and, for the feed-forward
MLP class written with raw parameters, draws W_1 with xavier_uniform_. MLP.forward computes relu(x @ W_1 + B_1)
before W_2: Xavier under a ReLU halves the signal variance at each block (He: kaiming_uniform_)."""
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, emb_dim):
        super().__init__()
        self.W_1 = nn.Parameter(torch.empty(emb_dim, emb_dim * 4))
        self.B_1 = nn.Parameter(torch.empty(emb_dim * 4))
        self.W_2 = nn.Parameter(torch.empty(emb_dim * 4, emb_dim))
        self.B_2 = nn.Parameter(torch.empty(emb_dim))

    def forward(self, x):
        x = torch.relu(x @ self.W_1 + self.B_1)
        return x @ self.W_2 + self.B_2


def initialize_weights(model):
    for module in model.modules():
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
        elif isinstance(module, MLP):
            nn.init.xavier_uniform_(module.W_1)  # expect: INI101
            nn.init.xavier_uniform_(module.W_2)
            nn.init.zeros_(module.B_1)
            nn.init.zeros_(module.B_2)
