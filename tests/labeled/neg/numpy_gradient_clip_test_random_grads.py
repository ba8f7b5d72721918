"""deeplearning.ai "Dinosaurus Island": the gradient-clipping exercise is tested on random
gradients (dWax, dWaa, ... drawn and scaled by 10). Gradients, not weights."""
import numpy as np


def clip(gradients, max_value):
    for gradient in gradients.values():
        np.clip(gradient, -max_value, max_value, out=gradient)
    return gradients


np.random.seed(3)
dWax = np.random.randn(5, 3) * 10
dWaa = np.random.randn(5, 5) * 10
dWya = np.random.randn(2, 5) * 10
db = np.random.randn(5, 1) * 10
dby = np.random.randn(2, 1) * 10
gradients = {"dWax": dWax, "dWaa": dWaa, "dWya": dWya, "db": db, "dby": dby}
gradients = clip(gradients, 10)
print("gradients[\"dWaa\"][1][2] =", gradients["dWaa"][1][2])
