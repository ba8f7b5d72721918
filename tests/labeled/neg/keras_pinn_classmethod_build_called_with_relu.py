"""A network builder (a classmethod) whose activation defaults to tanh, but the one call of the file asks for
ReLU: with he_normal that pairing is right, and the default is never used here."""

import tensorflow as tf


class Network:
    @classmethod
    def build(cls, num_inputs=2, layers=(64, 64, 64), activation="tanh", num_outputs=1):
        inputs = tf.keras.layers.Input(shape=(num_inputs,))
        x = inputs
        for units in layers:
            x = tf.keras.layers.Dense(units, activation=activation, kernel_initializer="he_normal")(x)
        outputs = tf.keras.layers.Dense(num_outputs)(x)
        return tf.keras.models.Model(inputs=inputs, outputs=outputs)


network = Network.build(num_inputs=8, activation="relu")
network.compile(optimizer="adam", loss="mse")
