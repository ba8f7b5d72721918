"""A course notebook (as a script) that draws W1 = 0.01 * randn, inspects it, then draws W1 and W2 again
before its training loop: two layers, drawn twice -- not a deep stack of three (exactly 0.01 fires only
there; RULES), and the fan-in is the data's, unknown."""

import numpy as np

INPUT_DIM, HIDDEN_DIM, NUM_CLASSES = X_train.shape[1], 100, 3

W1 = 0.01 * np.random.randn(INPUT_DIM, HIDDEN_DIM)
b1 = np.zeros((1, HIDDEN_DIM))
z1 = np.dot(X_train, W1) + b1
a1 = np.maximum(0, z1)

W1 = 0.01 * np.random.randn(INPUT_DIM, HIDDEN_DIM)
b1 = np.zeros((1, HIDDEN_DIM))
W2 = 0.01 * np.random.randn(HIDDEN_DIM, NUM_CLASSES)
b2 = np.zeros((1, NUM_CLASSES))
for epoch in range(1000):
    a1 = np.maximum(0, np.dot(X_train, W1) + b1)
    logits = np.dot(a1, W2) + b2
    dW2 = np.dot(a1.T, logits)
    W2 += -1e-0 * dW2
