"""makemore part 2 (first attempt): a 3-character context of 2-d embeddings, so the hidden
layer's fan-in is 6 (emb.view(-1, 6) @ W1); std 1 with fan-in < 16 stays silent (RULES)."""

import torch
import torch.nn.functional as F

X = torch.randint(0, 27, (32, 3))
Y = torch.randint(0, 27, (32,))
C = torch.randn((27, 2))
W1 = torch.randn((6, 100)) * 0.2
b1 = torch.randn(100) * 0.01
parameters = [C, W1, b1]
for p in parameters:
    p.requires_grad = True

for _ in range(100):
    emb = C[X]
    h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
    loss = F.cross_entropy(h, Y)
    for p in parameters:
        p.grad = None
    loss.backward()
    for p in parameters:
        p.data += -0.1 * p.grad
