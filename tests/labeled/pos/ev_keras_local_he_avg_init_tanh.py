"""Keras model builder that binds he_avg_init = VarianceScaling(scale=2., mode="fan_avg") to a
local and passes it to a tanh hidden layer later: the He variance feeding tanh."""

import tensorflow as tf


def build_model(n_inputs, n_classes):
    he_avg_init = tf.keras.initializers.VarianceScaling(scale=2., mode="fan_avg",  # expect: INI102
                                                        distribution="uniform")
    inputs = tf.keras.Input(shape=(n_inputs,))
    hidden = tf.keras.layers.Dense(128, activation="tanh", kernel_initializer=he_avg_init)(inputs)
    hidden = tf.keras.layers.Dense(64, activation="tanh")(hidden)
    outputs = tf.keras.layers.Dense(n_classes, activation="softmax")(hidden)
    return tf.keras.Model(inputs, outputs)
