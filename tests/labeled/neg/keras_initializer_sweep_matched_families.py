"""A sweep over initializers that all suit the network: every name the loop hands to the builder is a He
variant for its ReLU layers (or the orthogonal one, never paired), so no run starts badly."""

from tensorflow.keras import layers, models


def build(kernel_init):
    model = models.Sequential()
    model.add(layers.Dense(256, input_shape=(784,), activation="relu", kernel_initializer=kernel_init))
    model.add(layers.Dense(128, activation="relu", kernel_initializer=kernel_init))
    model.add(layers.Dense(10, activation="softmax"))
    return model


for name, kernel_init in {"he normal": "he_normal", "he uniform": "he_uniform", "orth": "orthogonal"}.items():
    net = build(kernel_init)
    net.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    net.fit(x_train, y_train, epochs=5)
