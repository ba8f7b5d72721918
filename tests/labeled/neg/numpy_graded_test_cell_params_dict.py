"""A course notebook's test cell for a graded sampling function: it draws Wax, Waa, Wya with plain randn,
stores them in a `parameters` dict, calls the forward-only `sample(parameters, ...)` and prints the result. The
next test cell draws the three anew and builds `parameters` anew; the training runs later, on parameters of its
own. The first arrays are a test's inputs, not trained weights (RULES: a later cell that assigns a name again
defines it anew; a tensor is judged by what the code does with it)."""

import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=0)


def sample(parameters, seed):
    Waa, Wax, Wya, by, b = parameters["Waa"], parameters["Wax"], parameters["Wya"], parameters["by"], parameters["b"]
    x = np.zeros((Wax.shape[1], 1))
    a_prev = np.zeros((Waa.shape[1], 1))
    a = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
    return softmax(np.dot(Wya, a) + by)


vocab_size, n_a = 27, 100
np.random.seed(2)
Wax = np.random.randn(n_a, vocab_size)
Waa = np.random.randn(n_a, n_a)
Wya = np.random.randn(vocab_size, n_a)
b, by = np.random.randn(n_a, 1), np.random.randn(vocab_size, 1)
parameters = {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}
print(sample(parameters, 0))

np.random.seed(1)
Wax = np.random.randn(n_a, vocab_size) / np.sqrt(vocab_size)
Waa = np.random.randn(n_a, n_a) / np.sqrt(n_a)
Wya = np.random.randn(vocab_size, n_a) / np.sqrt(n_a)
parameters = {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": np.zeros((n_a, 1)), "by": np.zeros((vocab_size, 1))}
print(sample(parameters, 1))


def update_parameters(parameters, gradients, lr):
    for k in parameters:
        parameters[k] -= lr * gradients["d" + k]
    return parameters


def model(gradients_of, n_a=50, num_iterations=100):
    parameters = {"Wax": np.random.randn(n_a, vocab_size) / np.sqrt(vocab_size),
                  "Waa": np.random.randn(n_a, n_a) / np.sqrt(n_a),
                  "Wya": np.random.randn(vocab_size, n_a) / np.sqrt(n_a), "b": np.zeros((n_a, 1)),
                  "by": np.zeros((vocab_size, 1))}
    for _ in range(num_iterations):
        parameters = update_parameters(parameters, gradients_of(parameters), 0.01)
    return parameters


parameters = model(lambda p: {"d" + k: np.zeros_like(v) for k, v in p.items()})
