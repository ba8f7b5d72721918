"""A script that studies the stability of the ODEs behind Hamiltonian networks: a base class draws a random
matrix `self.weight` and a bias, subclasses define the right-hand side, and the script builds a subclass and
integrates it with SciPy. Nothing is trained anywhere: the matrix is the system being analysed, not a network
weight (RULES: what counts as a trained weight)."""

import numpy as np
from scipy import integrate


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class ODESystem:
    def __init__(self, dim):
        self.dim = dim
        self.rng = np.random.default_rng(seed=21417)
        self.weight = self.rng.uniform(low=-1.0, high=1.0, size=(self.dim, self.dim))
        self.bias = self.rng.uniform(low=-1.0, high=1.0, size=self.dim)


class HamiltonianSystem(ODESystem):
    def call(self, y, t):
        return np.concatenate([
            self.weight @ sigmoid(self.weight.T @ y[self.dim:] + self.bias),
            -self.weight @ sigmoid(self.weight.T @ y[: self.dim] + self.bias),
        ])


dim = 16
system = HamiltonianSystem(dim)
t = np.linspace(0, 10, 200)
trajectory = integrate.odeint(system.call, np.ones(2 * dim), t)
print(np.abs(trajectory).max())
