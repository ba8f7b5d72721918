"""A staticmethod model builder: ReLU hidden layers by default with He init (the right pairing)."""

import tensorflow as tf


class Builder:
    @staticmethod
    def mlp(num_inputs, widths=(128, 128), activation="relu"):
        inputs = tf.keras.Input(shape=(num_inputs,))
        x = inputs
        for w in widths:
            x = tf.keras.layers.Dense(w, activation=activation, kernel_initializer="he_normal")(x)
        return tf.keras.Model(inputs, tf.keras.layers.Dense(10, activation="softmax")(x))


model = Builder.mlp(784)
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
