"""caffe-tensorflow's `Network` base class with its variable maker switched to He (variance scaling, factor
2, fan-in) for the ReLU conv stack; the per-channel scale and offset of its batch norm come from the same
maker: nothing to report."""

import tensorflow as tf


class Network(object):
    def make_var(self, name, shape, trainable=True):
        return tf.get_variable(name, shape, trainable=trainable,
                               initializer=tf.contrib.layers.variance_scaling_initializer(factor=2.0))

    def conv(self, input, k_h, k_w, c_o, name, relu=True):
        c_i = int(input.get_shape()[-1])
        convolve = lambda i, k: tf.nn.conv2d(i, k, [1, 1, 1, 1], padding="SAME")
        with tf.variable_scope(name) as scope:
            kernel = self.make_var("weights", shape=[k_h, k_w, c_i, c_o])
            output = convolve(input, kernel)
            if relu:
                output = tf.nn.relu(output, name=scope.name)
            return output

    def batch_normalization(self, input, name, relu=False):
        with tf.variable_scope(name):
            shape = [input.get_shape()[-1]]
            scale = self.make_var("scale", shape=shape)
            offset = self.make_var("offset", shape=shape)
            output = tf.nn.batch_normalization(input, 0.0, 1.0, offset, scale, 1e-5)
            return tf.nn.relu(output) if relu else output
