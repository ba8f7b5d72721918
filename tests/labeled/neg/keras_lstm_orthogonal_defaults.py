"""Keras LSTM text classifier: recurrent_initializer="orthogonal", kernel glorot_uniform,
unit_forget_bias, Embedding "uniform" -- standard recurrent defaults written out."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Embedding(20000, 128, embeddings_initializer="uniform"),
    layers.LSTM(64, kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal",
                bias_initializer="zeros", unit_forget_bias=True),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy")
