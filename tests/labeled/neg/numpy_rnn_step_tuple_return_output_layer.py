"""A from-scratch character RNN: `rnn_step_forward` returns `a_next, yt_pred, cache`, and the loop binds
`a[t], y_hat[t], cache = rnn_step_forward(...)`. Only `a_next` feeds the next step; `yt_pred`, the softmax over
Wya's output, is the network's output. Wya is the output layer, so its small std is a head's (RULES), and the
recurrent Waa (fan-in 50, 0.02 > LeCun/10 = 0.014) is fine."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=0)


def initialize_parameters(n_a, n_x, n_y):
    return {"Wax": np.random.randn(n_a, n_x) * 0.02, "Waa": np.random.randn(n_a, n_a) * 0.02,
            "Wya": np.random.randn(n_y, n_a) * 0.001, "b": np.zeros((n_a, 1)), "by": np.zeros((n_y, 1))}


def rnn_step_forward(parameters, a_prev, x):
    Waa, Wax, Wya, by, b = parameters["Waa"], parameters["Wax"], parameters["Wya"], parameters["by"], parameters["b"]
    a_next = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
    yt_pred = softmax(np.dot(Wya, a_next) + by)
    return a_next, yt_pred, (a_next, a_prev, x)


def rnn_step_backward(dy, gradients, parameters, x, a, a_prev):
    gradients["dWya"] += np.dot(dy, a.T)
    da = np.dot(parameters["Wya"].T, dy) + gradients["da_next"]
    daraw = (1 - a * a) * da
    gradients["dWax"] += np.dot(daraw, x.T)
    gradients["dWaa"] += np.dot(daraw, a_prev.T)
    gradients["da_next"] = np.dot(parameters["Waa"].T, daraw)
    return gradients


def rnn_forward(X, a0, parameters, vocab_size=27):
    x, a, y_hat = {}, {}, {}
    a[-1] = np.copy(a0)
    for t in range(len(X)):
        x[t] = np.zeros((vocab_size, 1))
        x[t][X[t]] = 1
        a[t], y_hat[t], _ = rnn_step_forward(parameters, a[t - 1], x[t])
    return y_hat, a


def optimize(X, a_prev, parameters, learning_rate=0.01):
    y_hat, a = rnn_forward(X, a_prev, parameters)
    gradients = {k: np.zeros_like(v) for k, v in parameters.items()}
    gradients["da_next"] = np.zeros_like(a[0])
    for t in reversed(range(len(X))):
        gradients = rnn_step_backward(y_hat[t], gradients, parameters, a[t - 1], a[t], a[t - 1])
    for k in ("Wax", "Waa", "Wya", "b", "by"):
        parameters[k] -= learning_rate * gradients["d" + k]
    return parameters


parameters = optimize([1, 2, 3], np.zeros((50, 1)), initialize_parameters(50, 27, 27))
