"""A TF1 MLP whose layers are drawn in a loop with Xavier and applied in a loop through a list of
activations handed in (`acts[i](z)`): every hidden entry is ReLU, so Xavier is the wrong choice."""

import tensorflow as tf


def initialize_nn_params(net_dims):
    params = {}
    for i, (d_in, d_out) in enumerate(zip(net_dims[:-1], net_dims[1:])):
        params["W" + str(i + 1)] = tf.get_variable(
            "W" + str(i + 1), [d_in, d_out],
            initializer=tf.contrib.layers.xavier_initializer(seed=1))  # expect: INI101
        params["b" + str(i + 1)] = tf.get_variable("b" + str(i + 1), [1, d_out], initializer=tf.zeros_initializer())
    return params


def forward_propagate(inputs, params, acts, net_dims):
    a = inputs
    for i in range(len(net_dims) - 1):
        W = params["W" + str(i + 1)]
        b = params["b" + str(i + 1)]
        z = tf.matmul(a, W) + b
        a = acts[i](z) if acts[i] is not None else z
    return a


net_dims = [8, 64, 32, 16, 5]
acts = [tf.nn.relu, tf.nn.relu, tf.nn.relu, None]
x = tf.placeholder(tf.float32, [None, 8])
params = initialize_nn_params(net_dims)
logits = forward_propagate(x, params, acts, net_dims)
