"""KGCN-style aggregators: the subclass's `act=tf.nn.relu` default is handed to the base class's constructor,
which stores it (`self.act = act`); `_call` applies it after the Xavier-initialised weight."""

import tensorflow as tf


class Aggregator(object):
    def __init__(self, batch_size, dim, dropout, act, name):
        self.name = name
        self.dropout = dropout
        self.act = act
        self.batch_size = batch_size
        self.dim = dim


class SumAggregator(Aggregator):
    def __init__(self, batch_size, dim, dropout=0., act=tf.nn.relu, name=None):
        super(SumAggregator, self).__init__(batch_size, dim, dropout, act, name)
        with tf.variable_scope(self.name):
            self.weights = tf.get_variable(
                shape=[self.dim, self.dim], initializer=tf.contrib.layers.xavier_initializer(),  # expect: INI101
                name='weights')
            self.bias = tf.get_variable(shape=[self.dim], initializer=tf.zeros_initializer(), name='bias')

    def _call(self, self_vectors):
        output = tf.reshape(self_vectors, [-1, self.dim])
        output = tf.matmul(output, self.weights) + self.bias
        return self.act(output)
