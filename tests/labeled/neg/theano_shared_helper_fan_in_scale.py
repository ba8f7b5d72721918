"""The same Theano helper used with fan-in scales at every call site (1 / sqrt(fan_in)), and a zero bias
vector: nothing to report."""

import numpy
import theano
import theano.tensor as T


def shared_normal(num_rows, num_cols, scale=1):
    return theano.shared(numpy.random.normal(scale=scale, size=(num_rows, num_cols)))


def build(n_visible, n_hidden):
    W = shared_normal(n_visible, n_hidden, 1.0 / numpy.sqrt(n_visible))
    U = shared_normal(n_hidden, n_hidden, 1.0 / numpy.sqrt(n_hidden))
    b = theano.shared(numpy.zeros(n_hidden))
    v = T.matrix()
    h = T.tanh(T.dot(v, W) + b)
    h = T.tanh(T.dot(h, U))
    params = W, U, b
    gradient = T.grad(T.sum(h), params)
    return [(p, p - 0.01 * g) for p, g in zip(params, gradient)]
