"""PointNet-style `tf_util.py` whose `conv2d` applies tanh by default: the Xavier initializer
`_variable_with_weight_decay` picks (and hands to `_variable_on_cpu`) is the matched init for tanh."""

import tensorflow as tf


def _variable_on_cpu(name, shape, initializer, use_fp16=False, trainable=True):
    with tf.device('/cpu:0'):
        dtype = tf.float16 if use_fp16 else tf.float32
        var = tf.get_variable(name, shape, initializer=initializer, dtype=dtype, trainable=trainable)
    return var


def _variable_with_weight_decay(name, shape, stddev, wd, use_xavier=True):
    if use_xavier:
        initializer = tf.contrib.layers.xavier_initializer()
    else:
        initializer = tf.truncated_normal_initializer(stddev=stddev)
    var = _variable_on_cpu(name, shape, initializer)
    if wd is not None:
        tf.add_to_collection('losses', tf.multiply(tf.nn.l2_loss(var), wd))
    return var


def conv2d(inputs, num_output_channels, kernel_size, scope, use_xavier=True, stddev=1e-3, weight_decay=0.0,
           activation_fn=tf.nn.tanh):
    with tf.variable_scope(scope):
        kernel_shape = [kernel_size, kernel_size, inputs.get_shape()[-1].value, num_output_channels]
        kernel = _variable_with_weight_decay('weights', shape=kernel_shape, use_xavier=use_xavier, stddev=stddev,
                                             wd=weight_decay)
        outputs = tf.nn.conv2d(inputs, kernel, [1, 1, 1, 1], padding="SAME")
        biases = _variable_on_cpu('biases', [num_output_channels], tf.constant_initializer(0.0))
        outputs = tf.nn.bias_add(outputs, biases)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs


def get_model(point_cloud):
    net = conv2d(point_cloud, 64, 1, scope="conv1")
    net = conv2d(net, 128, 1, scope="conv2")
    return conv2d(net, 40, 1, scope="conv3", activation_fn=None)
