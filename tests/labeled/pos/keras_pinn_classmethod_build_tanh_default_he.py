"""A physics-informed network for Burgers' equation built by a classmethod whose hidden activation defaults
to tanh; every hidden Dense takes he_normal, which doubles the variance Glorot gives tanh units."""

import tensorflow as tf


class Network:
    @classmethod
    def build(cls, num_inputs=2, layers=(48, 48, 48, 48), activation="tanh", num_outputs=1):
        inputs = tf.keras.layers.Input(shape=(num_inputs,))
        x = inputs
        for units in layers:
            x = tf.keras.layers.Dense(units, activation=activation,
                                      kernel_initializer="he_normal")(x)  # expect: INI102
        outputs = tf.keras.layers.Dense(num_outputs, kernel_initializer="he_normal")(x)
        return tf.keras.models.Model(inputs=inputs, outputs=outputs)


network = Network.build()
network.compile(optimizer="adam", loss="mse")
