"""word2vec's CBOW in Theano: the input matrix W_in (vocab_size x emb_size) is an embedding table, read
by rows (`W_in[context]`) and never multiplied with an input; U(-1, 1) rows are a table's init, not a
layer's scale (RULES: embeddings are not weights). W_out is scaled by 1 / sqrt(emb_size)."""

import math

import numpy as np
import theano
import theano.tensor as T


def CBOW(vocab_size, emb_size):
    context = T.imatrix(name="context")
    target = T.ivector("target")
    W_in_values = np.asarray(np.random.uniform(-1.0, 1.0, (vocab_size, emb_size)), dtype=theano.config.floatX)
    W_out_values = np.asarray(np.random.normal(scale=1.0 / math.sqrt(emb_size), size=(emb_size, vocab_size)),
                              dtype=theano.config.floatX)
    W_in = theano.shared(value=W_in_values, name="W_in", borrow=True)
    W_out = theano.shared(value=W_out_values, name="W_out", borrow=True)
    h = T.mean(W_in[context], axis=1)
    p = T.nnet.softmax(T.dot(h, W_out))
    loss = -T.mean(T.log(p)[T.arange(target.shape[0]), target])
    return [context, target], loss, [W_in, W_out]
