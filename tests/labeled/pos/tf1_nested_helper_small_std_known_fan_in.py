"""A TF1 tutorial defines its weight helper inside the method that builds the graph and calls it for a 5x5
conv with one input channel (fan-in 25): std 0.01 is under a tenth of LeCun's 0.2 (and of He's 0.28 for the
ReLU after it)."""

import tensorflow as tf


class MnistConv(object):
    def inference(self, X):
        def init_weights(shape):
            return tf.Variable(tf.random_normal(shape, stddev=0.01))  # expect: INI003

        nb_filter = 1
        self.W_conv1 = init_weights([5, 5, 1, nb_filter])
        self.b_conv1 = init_weights([nb_filter])
        net = tf.nn.relu(tf.nn.conv2d(X, self.W_conv1, strides=[1, 1, 1, 1], padding="SAME") + self.b_conv1)
        net = tf.reshape(net, [-1, 28 * 28 * nb_filter])
        self.W = init_weights([28 * 28 * nb_filter, 10])
        self.b = init_weights([10])
        self.logits = tf.matmul(net, self.W) + self.b
        return self.logits
