"""A graph-similarity layer module (SimGNN style) that multiplies its own weight and applies ReLU
inside forward, built by the model in another file, with the He init that ReLU needs.
"""
import torch


class BlockScoring(torch.nn.Module):
    def __init__(self, filters, neurons):
        super().__init__()
        self.weight_matrix_block = torch.nn.Parameter(torch.Tensor(neurons, 2 * filters))
        self.bias = torch.nn.Parameter(torch.Tensor(neurons, 1))
        torch.nn.init.kaiming_uniform_(self.weight_matrix_block, nonlinearity="relu")
        torch.nn.init.zeros_(self.bias)

    def forward(self, embedding_1, embedding_2):
        combined = torch.cat((embedding_1, embedding_2))
        return torch.nn.functional.relu(torch.mm(self.weight_matrix_block, combined) + self.bias)
