"""Xavier layers applied through a list of activations whose hidden entries disagree (tanh, then ReLU):
no single activation consumes the layers the loop draws, so nothing is paired."""

import tensorflow as tf


def init(net_dims):
    params = {}
    for i, (d_in, d_out) in enumerate(zip(net_dims[:-1], net_dims[1:])):
        params["W" + str(i)] = tf.get_variable("W" + str(i), [d_in, d_out],
                                               initializer=tf.glorot_uniform_initializer())
    return params


def forward(x, params, acts):
    a = x
    for i in range(len(acts)):
        W = params["W" + str(i)]
        a = acts[i](tf.matmul(a, W))
    return a


params = init([8, 64, 32, 5])
out = forward(tf.placeholder(tf.float32, [None, 8]), params, [tf.nn.tanh, tf.nn.relu, tf.identity])
