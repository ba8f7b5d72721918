"""A model builder whose kernel initializer parameter defaults to Glorot, but the only call passes
He for the ReLU stack: the default is never used."""

from tensorflow import keras


def build_model(n_hidden=2, n_neurons=100, init="glorot_uniform"):
    model = keras.models.Sequential()
    model.add(keras.layers.Flatten(input_shape=[28, 28]))
    for _ in range(n_hidden):
        model.add(keras.layers.Dense(n_neurons, activation="relu", kernel_initializer=init))
    model.add(keras.layers.Dense(10, activation="softmax"))
    return model


model = build_model(n_hidden=3, init="he_normal")
