"""A notebook cell rewriting Nielsen's network.py as a script: unscaled randn weights for sizes [784, 30, 10] and
sigmoid units, trained by SGD that rebuilds the list, `weights = [w - (eta / m) * nw for w, nw in zip(weights,
nabla_w)]` (a training step, though written as a comprehension): std 1 at fan-in 784 saturates every sigmoid."""

import numpy as np

training_data = [(np.random.rand(784, 1), np.random.rand(10, 1)) for _ in range(100)]
sizes = [784, 30, 10]
biases = [np.random.randn(y, 1) for y in sizes[1:]]
weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]  # expect: INI004
eta, mini_batch_size = 3.0, 10

for epoch in range(30):
    for k in range(0, len(training_data), mini_batch_size):
        mini_batch = training_data[k:k + mini_batch_size]
        nabla_b = [np.zeros(b.shape) for b in biases]
        nabla_w = [np.zeros(w.shape) for w in weights]
        for x, y in mini_batch:
            activations = [x]
            for b, w in zip(biases, weights):
                activations.append(1.0 / (1.0 + np.exp(-(np.dot(w, activations[-1]) + b))))
            delta = (activations[-1] - y) * activations[-1] * (1 - activations[-1])
            nabla_b[-1] += delta
            nabla_w[-1] += np.dot(delta, activations[-2].T)
            delta = np.dot(weights[-1].T, delta) * activations[-2] * (1 - activations[-2])
            nabla_b[-2] += delta
            nabla_w[-2] += np.dot(delta, activations[-3].T)
        weights = [w - (eta / len(mini_batch)) * nw for w, nw in zip(weights, nabla_w)]
        biases = [b - (eta / len(mini_batch)) * nb for b, nb in zip(biases, nabla_b)]
