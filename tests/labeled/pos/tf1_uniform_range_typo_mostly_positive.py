"""A DDPG actor's output layer drawn U(-3e-3, 3e3): a typo for 3e-3 that makes the range [-0.003, 3000],
so virtually every weight is positive (mean 1500). INI005 covers output layers too."""

import tensorflow as tf


def create_actor(state, state_dim, action_dim):
    w1 = tf.Variable(tf.random_uniform([state_dim, 400], -1 / state_dim ** 0.5, 1 / state_dim ** 0.5))
    h1 = tf.nn.relu(tf.matmul(state, w1))
    w2 = tf.Variable(tf.random_uniform([400, action_dim], -3e-3, 3e3))  # expect: INI005
    return tf.tanh(tf.matmul(h1, w2))
