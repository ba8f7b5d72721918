"""A Theano RNN-RBM: a `shared_normal(rows, cols, scale=1)` helper makes every trained matrix, and the
recurrent ones are built with scale 0.0001 at their call sites (reported where the tiny scale is passed)."""

import numpy
import theano
import theano.tensor as T


def shared_normal(num_rows, num_cols, scale=1):
    return theano.shared(numpy.random.normal(scale=scale, size=(num_rows, num_cols)))


def build_rnnrbm(n_visible, n_hidden, n_hidden_recurrent):
    W = shared_normal(n_visible, n_hidden, 0.1)
    Wvu = shared_normal(n_visible, n_hidden_recurrent, 0.0001)  # expect: INI003
    Wuu = shared_normal(n_hidden_recurrent, n_hidden_recurrent, 0.0001)  # expect: INI003
    v = T.matrix()
    u = T.tanh(T.dot(v, Wvu))
    u = T.tanh(T.dot(u, Wuu))
    h = T.nnet.sigmoid(T.dot(v, W))
    params = W, Wvu, Wuu
    cost = T.sum(h) + T.sum(u)
    gradient = T.grad(cost, params)
    return [(p, p - 0.01 * g) for p, g in zip(params, gradient)]
