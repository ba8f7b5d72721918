"""A module that binds its kernel initializer twice (Glorot, then He once the activations were switched to ReLU):
the builder above both runs after the module is loaded, when the name holds He, right for ReLU; the first
object never reaches a layer."""

import tensorflow as tf
from tensorflow.keras.initializers import glorot_normal, he_normal


def get_critic(num_states):
    inputs = tf.keras.layers.Input(shape=(num_states,))
    out = tf.keras.layers.Dense(256, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(inputs)
    out = tf.keras.layers.Dense(256, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(out)
    return tf.keras.Model(inputs, tf.keras.layers.Dense(1)(out))


KERNEL_INITIALIZER = glorot_normal()
KERNEL_INITIALIZER = he_normal()
