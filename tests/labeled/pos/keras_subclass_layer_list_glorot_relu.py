"""A subclassed Keras model keeps its hidden Dense layers in a Python list with an explicit glorot_normal
kernel initializer and applies them in call() with relu: Glorot before ReLU (He is the scale for ReLU)."""

import tensorflow as tf


class DeepMLP(tf.keras.Model):
    def __init__(self, units=(512, 256, 128), n_classes=10):
        super().__init__()
        self.hidden = [tf.keras.layers.Dense(u, kernel_initializer="glorot_normal") for u in units]  # expect: INI101
        self.out_layer = tf.keras.layers.Dense(n_classes)

    def call(self, x):
        for layer in self.hidden:
            x = tf.nn.relu(layer(x))
        return self.out_layer(x)
