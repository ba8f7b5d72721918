"""caffe-tensorflow's `Network` base class (tf-pose, MTCNN ports, SSD ports): every kernel comes from the
method `make_var`, which hard-codes Xavier; `conv` convolves through a local lambda and applies ReLU with its
`relu=True` default, so Xavier feeds ReLU on every conv of the stack."""

import tensorflow as tf


class Network(object):
    def make_var(self, name, shape, trainable=True):
        return tf.get_variable(name, shape, trainable=trainable,
                               initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101

    def conv(self, input, k_h, k_w, c_o, s_h, s_w, name, relu=True, padding="SAME", group=1, biased=True):
        c_i = int(input.get_shape()[-1])
        convolve = lambda i, k: tf.nn.conv2d(i, k, [1, s_h, s_w, 1], padding=padding)
        with tf.variable_scope(name) as scope:
            kernel = self.make_var("weights", shape=[k_h, k_w, c_i / group, c_o])
            if group == 1:
                output = convolve(input, kernel)
            else:
                input_groups = tf.split(3, group, input)
                kernel_groups = tf.split(3, group, kernel)
                output = tf.concat(3, [convolve(i, k) for i, k in zip(input_groups, kernel_groups)])
            if biased:
                biases = self.make_var("biases", [c_o])
                output = tf.nn.bias_add(output, biases)
            if relu:
                output = tf.nn.relu(output, name=scope.name)
            return output
