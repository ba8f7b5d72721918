"""A from-scratch GAN in NumPy: the generator's and discriminator's matrices are attributes named G_W1, D_W2, ...
drawn with unscaled randn (std 1) and trained by hand-written gradient steps; std 1 at fan-in 100 saturates the
tanh units. (The G_/D_ prefixes name the two networks, not gradients.)"""

import numpy as np


class GAN:
    def __init__(self, input_dim=100, hidden_dim=128, output_dim=784):
        self.G_W1 = np.random.randn(input_dim, hidden_dim)  # expect: INI004
        self.G_b1 = np.zeros(hidden_dim)
        self.G_W2 = np.random.randn(hidden_dim, output_dim) * np.sqrt(1 / hidden_dim)
        self.G_b2 = np.zeros(output_dim)

    def generator(self, z):
        self.G_h1 = np.tanh(z @ self.G_W1 + self.G_b1)
        return np.tanh(self.G_h1 @ self.G_W2 + self.G_b2)

    def train_step(self, z, d_out, lr=1e-3):
        g_out = self.generator(z)
        d_h2 = d_out * (1 - g_out ** 2)
        d_G_W2 = self.G_h1.T @ d_h2
        d_h1 = (d_h2 @ self.G_W2.T) * (1 - self.G_h1 ** 2)
        d_G_W1 = z.T @ d_h1
        self.G_W2 -= lr * d_G_W2
        self.G_W1 -= lr * d_G_W1
