"""The variable helper called with a per-layer stddev; the only small one, 1/192, is the softmax layer's
(the logits): a small-std head, exempt (RULES: the targeted/output exemption covers small-std heads)."""

import tensorflow as tf


def variable(name, shape, stddev):
    var = tf.get_variable(name, shape, initializer=tf.truncated_normal_initializer(stddev=stddev))
    return var


class Classifier:
    def __init__(self, features, labels):
        w1 = variable("w1", [2304, 384], 0.04)
        hidden = tf.nn.relu(tf.matmul(features, w1))
        w2 = variable("w2", [384, 10], 1 / 192.0)
        self.logits = tf.matmul(hidden, w2)
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=self.logits))
        self.train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
