"""word2vec from scratch: the input matrix is (vocab_size, n_embedding) and is multiplied by one-hot word
vectors, so each input picks one row: an embedding table, whose N(0, 1) default is right. The output matrix
has fan-in n_embedding = 10 at the call site (< 16): also silent."""

import numpy as np


def init_network(vocab_size, n_embedding):
    model = {
        "w1": np.random.randn(vocab_size, n_embedding),
        "w2": np.random.randn(n_embedding, vocab_size),
    }
    return model


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def forward(model, X):
    cache = {"a1": X @ model["w1"]}
    cache["z"] = softmax(cache["a1"] @ model["w2"])
    return cache


def backward(model, X, y, alpha):
    cache = forward(model, X)
    da2 = cache["z"] - y
    dw2 = cache["a1"].T @ da2
    dw1 = X.T @ (da2 @ model["w2"].T)
    model["w1"] -= alpha * dw1
    model["w2"] -= alpha * dw2


word_to_id = {"the": 0, "cat": 1, "sat": 2}
model = init_network(len(word_to_id), 10)
