"""Keras text model: an embedding table initialised N(0, 1) (PyTorch's default for
nn.Embedding), mean-pooled into a Dense classifier. Embeddings are not weight matrices."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Embedding(20000, 128, embeddings_initializer=keras.initializers.RandomNormal(stddev=1.0)),
    layers.GlobalAveragePooling1D(),
    layers.Dense(64, activation="relu"),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.summary()
