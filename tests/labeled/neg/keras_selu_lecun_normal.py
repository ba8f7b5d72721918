"""Self-normalising network (Klambauer et al.) in Keras: activation="selu" with
kernel_initializer="lecun_normal" -- the documented pairing."""

from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([keras.Input(shape=(64,))])
for _ in range(8):
    model.add(layers.Dense(128, activation="selu", kernel_initializer="lecun_normal"))
model.add(layers.Dense(10, activation="softmax"))
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
