"""KGCN-style aggregators with a tanh default handed to the base class through `super().__init__`: Xavier
before tanh is the right pairing."""

import tensorflow as tf


class Aggregator(object):
    def __init__(self, batch_size, dim, dropout, act, name):
        self.name = name
        self.dropout = dropout
        self.act = act
        self.batch_size = batch_size
        self.dim = dim


class SumAggregator(Aggregator):
    def __init__(self, batch_size, dim, dropout=0., act=tf.nn.tanh, name=None):
        super(SumAggregator, self).__init__(batch_size, dim, dropout, act, name)
        with tf.variable_scope(self.name):
            self.weights = tf.get_variable(
                shape=[self.dim, self.dim], initializer=tf.contrib.layers.xavier_initializer(),
                name='weights')
            self.bias = tf.get_variable(shape=[self.dim], initializer=tf.zeros_initializer(), name='bias')

    def _call(self, self_vectors):
        output = tf.reshape(self_vectors, [-1, self.dim])
        output = tf.matmul(output, self.weights) + self.bias
        return self.act(output)
