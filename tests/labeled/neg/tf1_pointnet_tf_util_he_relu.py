"""PointNet-style tf_util.py whose `_variable_with_weight_decay` picks He (variance_scaling_initializer, factor 2,
fan-in) by its `use_xavier=True` default for a conv helper that applies ReLU by default: the ReLU
scale. A helper that applies tanh gets Xavier from its own variable helper."""

import tensorflow as tf


def _variable_on_cpu(name, shape, initializer, use_fp16=False):
    with tf.device("/cpu:0"):
        dtype = tf.float16 if use_fp16 else tf.float32
        var = tf.get_variable(name, shape, initializer=initializer, dtype=dtype)
    return var


def _variable_with_weight_decay(name, shape, stddev, wd, use_xavier=True):
    if use_xavier:
        initializer = tf.contrib.layers.variance_scaling_initializer()
    else:
        initializer = tf.truncated_normal_initializer(stddev=stddev)
    var = _variable_on_cpu(name, shape, initializer)
    if wd is not None:
        weight_decay = tf.multiply(tf.nn.l2_loss(var), wd, name="weight_loss")
        tf.add_to_collection("losses", weight_decay)
    return var


def conv2d(inputs, num_output_channels, kernel_size, scope, stride=[1, 1], padding="SAME", use_xavier=True,
           stddev=1e-3, weight_decay=0.0, activation_fn=tf.nn.relu):
    with tf.variable_scope(scope):
        kernel_h, kernel_w = kernel_size
        num_in_channels = inputs.get_shape()[-1].value
        kernel_shape = [kernel_h, kernel_w, num_in_channels, num_output_channels]
        kernel = _variable_with_weight_decay("weights", shape=kernel_shape, use_xavier=use_xavier,
                                             stddev=stddev, wd=weight_decay)
        outputs = tf.nn.conv2d(inputs, kernel, [1, stride[0], stride[1], 1], padding=padding)
        biases = _variable_on_cpu("biases", [num_output_channels], tf.constant_initializer(0.0))
        outputs = tf.nn.bias_add(outputs, biases)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs


def _tanh_weight(name, shape):
    var = tf.get_variable(name, shape, initializer=tf.contrib.layers.xavier_initializer())
    return var


def tanh_dense(inputs, num_outputs, scope):
    with tf.variable_scope(scope):
        weights = _tanh_weight("weights", [inputs.get_shape()[-1].value, num_outputs])
        return tf.nn.tanh(tf.matmul(inputs, weights))
