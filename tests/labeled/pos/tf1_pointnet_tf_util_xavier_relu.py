"""PointNet's tf_util.py (copied into many 3-D point-cloud repositories): `_variable_with_weight_decay` picks
Xavier by its `use_xavier=True` default and hands it to `_variable_on_cpu`; every conv helper applies its
`activation_fn=tf.nn.relu` default to the result, so the Xavier scale halves the signal variance per layer."""

import tensorflow as tf


def _variable_on_cpu(name, shape, initializer, use_fp16=False):
    with tf.device("/cpu:0"):
        dtype = tf.float16 if use_fp16 else tf.float32
        var = tf.get_variable(name, shape, initializer=initializer, dtype=dtype)
    return var


def _variable_with_weight_decay(name, shape, stddev, wd, use_xavier=True):
    if use_xavier:
        initializer = tf.contrib.layers.xavier_initializer()  # expect: INI101
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


def fully_connected(inputs, num_outputs, scope, use_xavier=True, stddev=1e-3, weight_decay=0.0,
                    activation_fn=tf.nn.relu):
    with tf.variable_scope(scope):
        num_input_units = inputs.get_shape()[-1].value
        weights = _variable_with_weight_decay("weights", shape=[num_input_units, num_outputs],
                                              use_xavier=use_xavier, stddev=stddev, wd=weight_decay)
        outputs = tf.matmul(inputs, weights)
        biases = _variable_on_cpu("biases", [num_outputs], tf.constant_initializer(0.0))
        outputs = tf.nn.bias_add(outputs, biases)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs
