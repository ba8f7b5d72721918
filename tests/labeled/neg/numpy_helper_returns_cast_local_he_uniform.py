"""geohot-style NumPy MNIST from scratch: `layer_init(m, h)` draws U(-1, 1) and scales by
sqrt(6 / m) (He uniform), then returns the local cast to float32: the right scale
for the ReLU layers."""
import numpy as np


def layer_init(m, h):
    ret = np.random.uniform(-1.0, 1.0, size=(m, h)) * np.sqrt(6.0 / m)
    return ret.astype(np.float32)


l1 = layer_init(784, 128)
l2 = layer_init(128, 10)


def forward(x):
    x = x.dot(l1)
    x = np.maximum(x, 0)
    return x.dot(l2)


def sgd(d_l1, d_l2, lr=0.001):
    global l1, l2
    l1 = l1 - lr * d_l1
    l2 = l2 - lr * d_l2
