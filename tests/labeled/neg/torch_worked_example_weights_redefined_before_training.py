"""makemore-style notebook exported to a script: a worked forward pass with throwaway std-1
weights, then the real parameters are defined anew (scaled) and only those are trained. The
first W1/W2 are demo arrays: no training step reaches them."""
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
X = torch.randint(0, 27, (32, 3))
Y = torch.randint(0, 27, (32,))
C = torch.randn((27, 2))

# worked example: one forward pass by hand
emb = C[X]
W1 = torch.randn((6, 100))
b1 = torch.randn(100)
h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
W2 = torch.randn((100, 27))
b2 = torch.randn(27)
logits = h @ W2 + b2
print(F.cross_entropy(logits, Y))

# now made respectable
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g) * (5 / 3) / 30 ** 0.5
b1 = torch.randn(200, generator=g) * 0.01
W2 = torch.randn((200, 27), generator=g) * 0.01
b2 = torch.zeros(27)
parameters = [C, W1, b1, W2, b2]
for p in parameters:
    p.requires_grad = True

for step in range(1000):
    emb = C[X]
    h = torch.tanh(emb.view(-1, 30) @ W1 + b1)
    loss = F.cross_entropy(h @ W2 + b2, Y)
    for p in parameters:
        p.grad = None
    loss.backward()
    for p in parameters:
        p.data += -0.1 * p.grad
