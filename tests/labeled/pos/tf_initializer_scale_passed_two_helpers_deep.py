"""TensorFlow's CIFAR-10 tutorial shape: `_variable_with_weight_decay(name, shape, stddev, wd)` builds
`tf.truncated_normal_initializer(stddev=stddev)` and hands it to `_variable_on_cpu`, which makes the variable.
The scale is what each call passes (RULES "Values flow": report the bad one at the call site that passes it):
`stddev=1e-4` on the first conv (fan-in 75, feeding ReLU) is far below 0.01. The later layers pass 0.04 (fan-in
384: fine) and the logits layer 1/192 (an output layer: exempt), all bound to the same local name `weights`."""

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
    with tf.variable_scope("conv1") as scope:
        kernel = _variable_with_weight_decay("weights", shape=[5, 5, 3, 64], stddev=1e-4, wd=0.0)  # expect: INI003
        conv = tf.nn.conv2d(images, kernel, [1, 1, 1, 1], padding="SAME")
        biases = _variable_on_cpu("biases", [64], tf.constant_initializer(0.0))
        conv1 = tf.nn.relu(tf.nn.bias_add(conv, biases), name=scope.name)
    reshape = tf.reshape(conv1, [-1, 384])
    with tf.variable_scope("local4") as scope:
        weights = _variable_with_weight_decay("weights", shape=[384, 192], stddev=0.04, wd=0.004)
        biases = _variable_on_cpu("biases", [192], tf.constant_initializer(0.1))
        local4 = tf.nn.relu(tf.matmul(reshape, weights) + biases, name=scope.name)
    with tf.variable_scope("softmax_linear") as scope:
        weights = _variable_with_weight_decay("weights", [192, 10], stddev=1 / 192.0, wd=0.0)
        biases = _variable_on_cpu("biases", [10], tf.constant_initializer(0.0))
        softmax_linear = tf.add(tf.matmul(local4, weights), biases, name=scope.name)
    return softmax_linear
