"""An energy-based model's conditional conv block (TF1): per-class gains `g` start at ones and per-class shifts
`gb` at zeros (FiLM-style conditioning, a scale and a shift looked up by class), beside a properly drawn kernel.
Gains and shifts are no weight matrices."""

import tensorflow as tf


def init_conv_weight(weights, scope, k, c_in, c_out, classes=10):
    conv_weights = {}
    with tf.variable_scope(scope):
        conv_weights["c"] = tf.get_variable("c", [k, k, c_in, c_out],
                                            initializer=tf.contrib.layers.xavier_initializer())
        conv_weights["b"] = tf.get_variable(shape=[c_out], name="b", initializer=tf.initializers.zeros())
        conv_weights["g"] = tf.get_variable(shape=[classes, c_out], name="g", initializer=tf.initializers.ones())
        conv_weights["gb"] = tf.get_variable(shape=[classes, c_in], name="gb", initializer=tf.initializers.zeros())
    weights[scope] = conv_weights


def conv_block(x, weights, label):
    h = tf.nn.conv2d(x, weights["c"], strides=[1, 1, 1, 1], padding="SAME") + weights["b"]
    g = tf.matmul(label, weights["g"])
    gb = tf.matmul(label, weights["gb"])
    return tf.nn.leaky_relu(h * g[:, None, None, :] + tf.reduce_mean(gb))
