"""Andrew Ng's character RNN: Wax, Waa, Wya all randn * 0.01 with sizes unknown here. Waa is the
hidden-to-hidden (recurrent) matrix, not a layer of a feed-forward chain, so the 0.01 deep-stack
clause has two layers, not three (RULES: a recurrent Whh is not a chain)."""

import numpy as np


def initialize_parameters(n_a, n_x, n_y):
    Wax = np.random.randn(n_a, n_x) * 0.01
    Waa = np.random.randn(n_a, n_a) * 0.01
    Wya = np.random.randn(n_y, n_a) * 0.01
    b = np.zeros((n_a, 1))
    by = np.zeros((n_y, 1))
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}


def rnn_step_forward(parameters, a_prev, x):
    Waa, Wax, Wya, by, b = parameters["Waa"], parameters["Wax"], parameters["Wya"], parameters["by"], parameters["b"]
    a_next = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
    p_t = np.exp(np.dot(Wya, a_next) + by)
    return a_next, p_t / p_t.sum()
