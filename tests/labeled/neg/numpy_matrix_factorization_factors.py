"""Matrix factorization: one latent vector per item and per user (`X = randn(n_items, K)`, `W = randn(K,
n_users)`), looked up by id (`self.W[:, n]`) and dotted together. Factor matrices are embedding tables: N(0, 1)
is their usual start, no layer's signal runs through them (RULES: embeddings with N(0, 1))."""

import numpy as np


class MF:
    def __init__(self, Y_data, K, Xinit=None, Winit=None, learning_rate=0.5):
        self.Y_data = Y_data
        self.K = K
        self.learning_rate = learning_rate
        self.n_users = int(np.max(Y_data[:, 0])) + 1
        self.n_items = int(np.max(Y_data[:, 1])) + 1
        if Xinit is None:
            self.X = np.random.randn(self.n_items, K)
        else:
            self.X = Xinit
        if Winit is None:
            self.W = np.random.randn(K, self.n_users)
        else:
            self.W = Winit

    def update_X(self):
        for m in range(self.n_items):
            ids = np.where(self.Y_data[:, 1] == m)[0]
            users = self.Y_data[ids, 0].astype(int)
            Wm = self.W[:, users]
            xm = self.X[m, :]
            err = xm.dot(Wm) - self.Y_data[ids, 2]
            self.X[m, :] -= self.learning_rate * err.dot(Wm.T).reshape((self.K,)) / len(ids)
