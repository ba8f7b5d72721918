"""A course script comparing initialisations: a parameter picks a string initializer in an if/elif chain, bound to
a local and passed to the hidden ReLU Dense layers. The script builds the model with 'zeros' (and the others):
the zeros arm gives every hidden unit the same (zero) kernel."""

import tensorflow as tf


def build_model(input_shape=(2,), initialization="zeros"):
    if initialization == "zeros":
        kernel_initializer = "zeros"  # expect: INI001
        bias_initializer = "zeros"
    elif initialization == "random":
        kernel_initializer = "random_normal"
        bias_initializer = "random_normal"
    elif initialization == "he":
        kernel_initializer = "he_uniform"
        bias_initializer = "zeros"
    inputs = tf.keras.layers.Input(input_shape)
    x = tf.keras.layers.Dense(10, activation="relu", kernel_initializer=kernel_initializer,
                              bias_initializer=bias_initializer)(inputs)
    x = tf.keras.layers.Dense(10, activation="relu", kernel_initializer=kernel_initializer,
                              bias_initializer=bias_initializer)(x)
    outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.Model(inputs=inputs, outputs=outputs)


if __name__ == "__main__":
    models = [build_model(initialization=name) for name in ("zeros", "random", "he")]
    model_he = build_model(initialization="he")
    for model in [build_model(initialization="zeros"), model_he]:
        model.compile(optimizer="adam", loss="binary_crossentropy")
