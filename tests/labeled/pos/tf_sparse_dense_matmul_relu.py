"""A GCN layer in TF1: the Glorot weight is the dense operand of a sparse product whose result goes through
ReLU in the hidden layer."""

import tensorflow as tf


def glorot(shape, name=None):
    init_range = (6.0 / (shape[0] + shape[1])) ** 0.5
    initial = tf.random_uniform(shape, minval=-init_range, maxval=init_range)  # expect: INI101
    return tf.Variable(initial, name=name)


class GraphConvolution:
    def __init__(self, input_dim, output_dim, adj):
        self.adj = adj
        self.weights = glorot([input_dim, output_dim], name="weights")

    def __call__(self, x):
        pre = tf.sparse_tensor_dense_matmul(self.adj, tf.matmul(x, self.weights))
        return tf.nn.relu(pre)
