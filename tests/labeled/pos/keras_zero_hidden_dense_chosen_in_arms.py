"""A Keras model builder whose hidden Dense is zero-initialised in one arm of a switch and then followed by
the output layer: all-zero hidden weights never break symmetry."""
import tensorflow as tf


def build(zero_init=True):
    layers = [tf.keras.layers.Flatten(input_shape=(28, 28))]
    if zero_init:
        layers += [tf.keras.layers.Dense(128, activation="relu", kernel_initializer='zeros')]  # expect: INI001
    else:
        layers += [tf.keras.layers.Dense(128, activation="relu")]
    layers += [tf.keras.layers.Dense(10, activation="softmax")]
    return tf.keras.models.Sequential(layers)


model = build()
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
