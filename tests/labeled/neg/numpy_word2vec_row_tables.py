"""word2vec / doc2vec from scratch: the word and document tables are drawn N(0, 1) and only ever read and
updated by rows (`Wt[target,]`, `Wd[doc,] -= lr * g`): embedding tables, whose default is N(0, 1) (RULES).
A later cell loading saved vectors into the same name is another array."""

import numpy as np

vocab, docs, d = {"a": 0, "b": 1}, [[0, 1]], 40
Wt = np.random.normal(size=(len(vocab) + 1, d))
Wc = np.random.normal(size=(len(vocab) + 1, d))
Wd = np.random.normal(size=(len(docs), d))

for doc, target, pos in [(0, 1, [0])]:
    for idx, vec in enumerate([Wt[target, ], Wd[doc, ]]):
        prods = np.dot(Wc[pos, ], vec)
        grad = prods * vec
        Wc[pos, ] -= 0.025 * grad
        if idx == 0:
            Wt[target, ] -= 0.025 * grad
        else:
            Wd[doc, ] -= 0.025 * grad

Wd = np.load("./weights/doc_vecs.npy")
print(Wd[:10, ], Wd.shape[0])
