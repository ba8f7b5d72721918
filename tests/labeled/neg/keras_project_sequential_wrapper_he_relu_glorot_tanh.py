"""The same kind of project wrapper (`from nets_util import Dense, relu, tanh, SequentialNetwork`): He for the ReLU
layers and Glorot for the tanh ones, each as its activation calls for."""

import tensorflow as tf

from nets_util import Dense, Flatten, SequentialNetwork, relu, tanh

he_normal = tf.keras.initializers.he_normal()
glorot_uniform = tf.keras.initializers.glorot_uniform()


def build_relu_mlp(args):
    return SequentialNetwork([
        Flatten(),
        Dense(300, kernel_initializer=he_normal, activation=relu),
        Dense(100, kernel_initializer=he_normal, activation=relu),
        Dense(10, kernel_initializer=glorot_uniform, activation=None),
    ])


def build_tanh_mlp(args):
    return SequentialNetwork([
        Flatten(),
        Dense(300, kernel_initializer=glorot_uniform, activation=tanh),
        Dense(10, kernel_initializer=glorot_uniform, activation=None),
    ])
