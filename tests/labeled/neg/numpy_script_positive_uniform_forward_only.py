"""A NumPy tutorial cell that draws U(0, 1) arrays and runs one forward pass to show the output shape;
nothing updates them anywhere: data for a demo, not trained weights."""
import numpy as np

x = np.linspace(-1, 1, 200)[:, None]
w1 = np.random.uniform(0, 1, (1, 10))
w2 = np.random.uniform(0, 1, (10, 10))

hidden = np.tanh(x.dot(w1))
out = hidden.dot(w2)
print(out.shape)
for name, arr in zip(["w1", "w2"], [w1, w2]):
    print(name, arr.mean())
