"""A TensorFlow 2 course notebook: a custom initializer function of (shape, dtype) returning
K.random_normal with stddev 0.05 (Keras' own RandomNormal default) for a 64-unit Dense layer: a sane scale."""
import tensorflow.keras.backend as K
from tensorflow.keras.layers import Dense, Flatten
from tensorflow.keras.models import Sequential


def custom_init(shape, dtype=None):
    return K.random_normal(shape, stddev=0.05, dtype=dtype)


model = Sequential([
    Flatten(input_shape=(28, 28)),
    Dense(64, kernel_initializer="he_uniform", activation="relu"),
])
model.add(Dense(64, kernel_initializer=custom_init, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
