"""A notebook-style RNN script: U, W, V drawn from U(0, 1) and handed to a `train` routine imported from the
course's module, which returns them trained (`U, V, W = train(U, V, W, ...)`); the prediction loop multiplies
with them."""

import numpy as np
from rnn_utils import train, sigmoid, load_data

X, Y = load_data()
hidden_dim, seq_len, output_dim = 100, 50, 1
U = np.random.uniform(0, 1, (hidden_dim, seq_len))  # expect: INI005
W = np.random.uniform(0, 1, (hidden_dim, hidden_dim))  # expect: INI005
V = np.random.uniform(0, 1, (output_dim, hidden_dim))  # expect: INI005

U, V, W = train(U, V, W, X, Y)

predictions = []
for i in range(Y.shape[0]):
    x = X[i]
    prev = np.zeros((hidden_dim, 1))
    for t in range(seq_len):
        prev = sigmoid(np.dot(U, x) + np.dot(W, prev))
    predictions.append(np.dot(V, prev))
