"""A model builder that can zero its kernels for an ablation, but every call in the file selects 'he' (and so
does the default): the zeros arm never builds a layer here."""

import tensorflow as tf


def build_model(input_shape=(2,), initialization="he"):
    if initialization == "zeros":
        kernel_initializer = "zeros"
    elif initialization == "he":
        kernel_initializer = "he_uniform"
    inputs = tf.keras.layers.Input(input_shape)
    x = tf.keras.layers.Dense(64, activation="relu", kernel_initializer=kernel_initializer)(inputs)
    x = tf.keras.layers.Dense(64, activation="relu", kernel_initializer=kernel_initializer)(x)
    outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.Model(inputs=inputs, outputs=outputs)


model = build_model(initialization="he")
model.compile(optimizer="adam", loss="binary_crossentropy")
