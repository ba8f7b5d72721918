"""A script puts unit-normal recurrent matrices in a parameters dict and trains them: `optimize` is called
for every example in a loop. Waa (100 x 100) at std 1 saturates tanh from the first step."""

import numpy as np


def initialize_parameters(n_a, n_x, n_y):
    Wax = np.random.randn(n_a, n_x) * np.sqrt(1 / n_x)
    Waa = np.random.randn(n_a, n_a) * np.sqrt(1 / n_a)
    Wya = np.random.randn(n_y, n_a) * np.sqrt(1 / n_a)
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": np.zeros((n_a, 1)), "by": np.zeros((n_y, 1))}


def rnn_forward(X, Y, a_prev, parameters):
    a, loss = a_prev, 0.0
    for t in range(len(X)):
        x = np.zeros((parameters["Wax"].shape[1], 1))
        x[X[t]] = 1
        a = np.tanh(parameters["Wax"] @ x + parameters["Waa"] @ a + parameters["b"])
        z = parameters["Wya"] @ a + parameters["by"]
        y = np.exp(z) / np.sum(np.exp(z))
        loss -= np.log(y[Y[t], 0])
    return loss, a


def update_parameters(parameters, gradients, lr):
    for k in ("Wax", "Waa", "Wya", "b", "by"):
        parameters[k] -= lr * gradients["d" + k]
    return parameters


def optimize(X, Y, a_prev, parameters, learning_rate=0.01):
    loss, a = rnn_forward(X, Y, a_prev, parameters)
    gradients = rnn_backward(X, Y, parameters, a)
    parameters = update_parameters(parameters, gradients, learning_rate)
    return loss, gradients, a


np.random.seed(1)
vocab_size, n_a = 27, 100
a_prev = np.random.randn(n_a, 1)
Wax, Waa, Wya = np.random.randn(n_a, vocab_size), np.random.randn(n_a, n_a), np.random.randn(vocab_size, n_a)  # expect: INI004
b, by = np.random.randn(n_a, 1), np.random.randn(vocab_size, 1)
parameters = {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}
for X, Y in examples:
    loss, gradients, a_prev = optimize(X, Y, a_prev, parameters, learning_rate=0.01)


def model(data, num_iterations=35000, n_a=50, vocab_size=27):
    parameters = initialize_parameters(n_a, vocab_size, vocab_size)
    a_prev = np.zeros((n_a, 1))
    for j in range(num_iterations):
        X, Y = data[j % len(data)]
        loss, gradients, a_prev = optimize(X, Y, a_prev, parameters)
    return parameters
