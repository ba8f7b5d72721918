"""Keras TruncatedNormal(0.02) meant as BERT's stddev 0.02: Keras' signature is
TruncatedNormal(mean=0.0, stddev=0.05), so 0.02 is the mean."""

from tensorflow import keras
from tensorflow.keras import layers


def ffn(hidden=768, inner=3072):
    return keras.Sequential([
        layers.Dense(inner, activation="gelu",
                     kernel_initializer=keras.initializers.TruncatedNormal(0.02)),  # expect: INI006
        layers.Dense(hidden),
    ])
