"""A shape demo: a dict of random arrays under names that do not say weight (`A1`, `A2`), multiplied once to
print the output shape and never updated: no evidence of a trained weight, so they are data (RULES)."""

import numpy as np

arrays = {}
arrays["A1"] = np.random.randn(4, 2) * 0.01
arrays["A2"] = np.random.randn(1, 4) * 0.01
X = np.random.randn(2, 5)
out = np.dot(arrays["A2"], np.maximum(0, np.dot(arrays["A1"], X)))
print(out.shape)
