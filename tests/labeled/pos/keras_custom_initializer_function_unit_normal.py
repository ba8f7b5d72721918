"""A TensorFlow 2 course notebook: a custom initializer is a function of (shape, dtype) handed to
kernel_initializer. It returns an unscaled K.random_normal draw (std 1) for a Dense layer whose input is the
64 units of the layer before: the variance grows 64-fold per layer."""
import tensorflow.keras.backend as K
from tensorflow.keras.layers import Dense, Flatten
from tensorflow.keras.models import Sequential


def custom_init(shape, dtype=None):
    return K.random_normal(shape, dtype=dtype)  # expect: INI004


model = Sequential([
    Flatten(input_shape=(28, 28)),
    Dense(64, kernel_initializer="he_uniform", activation="relu"),
])
model.add(Dense(64, kernel_initializer=custom_init, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
