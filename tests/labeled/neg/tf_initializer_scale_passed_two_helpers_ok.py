"""The CIFAR-10 tutorial's helpers as TensorFlow ships them: each call passes a scale that suits its layer
(conv 5e-2 at fan-in 75 and 1600, hidden 0.04 at fan-in 384, the logits 1/192 on an output layer bound to the
same local name `weights` the hidden layer used). Nothing to report."""

import tensorflow as tf


def _variable_on_cpu(name, shape, initializer):
    with tf.device("/cpu:0"):
        var = tf.get_variable(name, shape, initializer=initializer)
    return var


def _variable_with_weight_decay(name, shape, stddev, wd):
    var = _variable_on_cpu(name, shape, tf.truncated_normal_initializer(stddev=stddev))
    if wd is not None:
        tf.add_to_collection("losses", tf.multiply(tf.nn.l2_loss(var), wd))
    return var


def inference(images):
    kernel = _variable_with_weight_decay("weights", shape=[5, 5, 3, 64], stddev=5e-2, wd=0.0)
    conv1 = tf.nn.relu(tf.nn.conv2d(images, kernel, [1, 1, 1, 1], padding="SAME"))
    kernel = _variable_with_weight_decay("weights", shape=[5, 5, 64, 64], stddev=5e-2, wd=0.0)
    conv2 = tf.nn.relu(tf.nn.conv2d(conv1, kernel, [1, 1, 1, 1], padding="SAME"))
    reshape = tf.reshape(conv2, [-1, 384])
    weights = _variable_with_weight_decay("weights", shape=[384, 192], stddev=0.04, wd=0.004)
    biases = _variable_on_cpu("biases", [192], tf.constant_initializer(0.1))
    local4 = tf.nn.relu(tf.matmul(reshape, weights) + biases)
    weights = _variable_with_weight_decay("weights", [192, 10], stddev=1 / 192.0, wd=0.0)
    biases = _variable_on_cpu("biases", [10], tf.constant_initializer(0.0))
    return tf.add(tf.matmul(local4, weights), biases)
