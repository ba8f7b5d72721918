"""A slim argument scope with Xavier weights, batch normalisation and ReLU: the normaliser sits between
each layer and its activation, and the ReLU still consumes each layer (Xavier chosen for ReLU layers); the He
scope below is correct for its ReLU layers."""

import tensorflow as tf
from tensorflow.contrib.framework import arg_scope
from tensorflow.contrib.layers import batch_norm, fully_connected

xavier_init = tf.contrib.layers.xavier_initializer()  # expect: INI101

with arg_scope([fully_connected], activation_fn=tf.nn.relu, weights_initializer=xavier_init,
               normalizer_fn=batch_norm):
    h1 = fully_connected(X, 512, scope="h1")
    h2 = fully_connected(h1, 512, scope="h2")

with arg_scope([fully_connected], activation_fn=tf.nn.relu,
               weights_initializer=tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode="FAN_IN")):
    h3 = fully_connected(h2, 256, scope="h3")
    logits = fully_connected(h3, 10, activation_fn=None, scope="out")
