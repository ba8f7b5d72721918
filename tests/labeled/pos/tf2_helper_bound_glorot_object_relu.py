"""A TF2 from-scratch MLP: the helper binds a Glorot initializer object to a local and draws with it; the
weights it makes feed ReLU (INI101 at the factory call that made the object)."""

import tensorflow as tf


def initialize(shape):
    xavier = tf.keras.initializers.GlorotNormal()  # expect: INI101
    return tf.Variable(dtype=tf.float64, initial_value=tf.cast(xavier(shape=shape), dtype=tf.float64))


W1 = initialize([28 * 28, 256])
W2 = initialize([256, 256])
W3 = initialize([256, 10])


def forward(x):
    l1 = tf.nn.relu(tf.matmul(x, W1))
    l2 = tf.nn.relu(tf.matmul(l1, W2))
    return tf.matmul(l2, W3)
