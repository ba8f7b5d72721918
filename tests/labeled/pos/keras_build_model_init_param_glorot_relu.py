"""A hands-on-style model builder: the kernel initializer is a parameter with a Glorot default, and
every hidden Dense is ReLU. The notebook only ever calls it with the default; reported at the layer that
uses it."""

from tensorflow import keras


def build_model(n_hidden=2, n_neurons=100, init="glorot_uniform"):
    model = keras.models.Sequential()
    model.add(keras.layers.Flatten(input_shape=[28, 28]))
    for _ in range(n_hidden):
        model.add(keras.layers.Dense(n_neurons, activation="relu", kernel_initializer=init))  # expect: INI101
    model.add(keras.layers.Dense(10, activation="softmax"))
    return model


model = build_model(n_hidden=3)
model.compile(loss="sparse_categorical_crossentropy", optimizer="sgd")
