"""A research repo's builders on its own Keras wrapper module (`tf_plus` re-exports Dense, relu and a
SequentialNetwork list container): one glorot_normal() for every Dense, the hidden ones with activation=relu."""

import tensorflow as tf
from tf_plus import Dense, Flatten, SequentialNetwork, relu

glorot_normal = tf.keras.initializers.glorot_normal()  # expect: INI101


def build_fc(args):
    return SequentialNetwork([
        Flatten(),
        Dense(300, kernel_initializer=glorot_normal, activation=relu),
        Dense(100, kernel_initializer=glorot_normal, activation=relu),
        Dense(10, kernel_initializer=glorot_normal, activation=None),
    ])
