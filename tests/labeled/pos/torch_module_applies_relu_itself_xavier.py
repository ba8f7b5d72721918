"""A graph-similarity layer module (SimGNN style) that multiplies its own weight and applies ReLU
inside forward; it is built by the model in another file. Xavier in front of that ReLU halves the
variance (He is the ReLU scale)."""
import torch


class BlockScoring(torch.nn.Module):
    def __init__(self, filters, neurons):
        super().__init__()
        self.weight_matrix_block = torch.nn.Parameter(torch.Tensor(neurons, 2 * filters))
        self.bias = torch.nn.Parameter(torch.Tensor(neurons, 1))
        torch.nn.init.xavier_uniform_(self.weight_matrix_block)  # expect: INI101
        torch.nn.init.zeros_(self.bias)

    def forward(self, embedding_1, embedding_2):
        combined = torch.cat((embedding_1, embedding_2))
        return torch.nn.functional.relu(torch.mm(self.weight_matrix_block, combined) + self.bias)
