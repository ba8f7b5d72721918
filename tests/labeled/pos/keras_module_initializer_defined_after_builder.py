"""A DDPG actor (Keras) whose builder is written above the module-level initializer object it uses: the
function reads KERNEL_INITIALIZER when it runs, so its ReLU layers get Glorot (halving the signal's variance at
each layer; He keeps it)."""

import tensorflow as tf
from tensorflow.keras.initializers import glorot_normal


def get_actor(num_states, num_actions, upper_bound):
    inputs = tf.keras.layers.Input(shape=(num_states,))
    out = tf.keras.layers.Dense(400, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(inputs)
    out = tf.keras.layers.Dense(300, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(out)
    last_init = tf.random_uniform_initializer(minval=-0.003, maxval=0.003)
    outputs = tf.keras.layers.Dense(num_actions, activation="tanh", kernel_initializer=last_init)(out)
    return tf.keras.Model(inputs, outputs * upper_bound)


GAMMA = 0.99
KERNEL_INITIALIZER = glorot_normal()  # expect: INI101
