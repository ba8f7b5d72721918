"""A layer helper hands its `stddev` on to the variable helper; the model passes each layer's. The first
hidden layer's 0.001 at fan-in 784 is far under He's sqrt(2 / 784) / 10: reported where the model passes it."""

import tensorflow as tf


def variable(name, shape, stddev):
    return tf.get_variable(name, shape, initializer=tf.truncated_normal_initializer(stddev=stddev))


def fc(x, n_in, n_out, stddev, scope):
    with tf.variable_scope(scope):
        w = variable("w", [n_in, n_out], stddev)
        return tf.nn.relu(tf.matmul(x, w))


def model(x):
    h = fc(x, 784, 256, 0.001, "fc1")  # expect: INI003
    h = fc(h, 256, 256, 0.05, "fc2")
    out = variable("out", [256, 10], 0.05)
    return tf.matmul(h, out)
