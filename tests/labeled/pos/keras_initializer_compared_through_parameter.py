"""A notebook comparing initializers trains one model per initializer through a function parameter
(`create_and_train_model(initializers.Zeros())`, `...(initializers.GlorotNormal())`): each call's initializer is
the hidden ReLU layer's kernel. Zeros never break symmetry; Glorot halves the variance under ReLU."""

from tensorflow.keras import initializers, layers, models


def create_and_train_model(initializer, x_train, y_train):
    model = models.Sequential([
        layers.Flatten(input_shape=(28, 28)),
        layers.Dense(128, activation="relu", kernel_initializer=initializer),
        layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    model.fit(x_train, y_train, epochs=5)
    return model


zero_model = create_and_train_model(initializers.Zeros(), x_train, y_train)  # expect: INI001
xavier_model = create_and_train_model(initializers.GlorotNormal(), x_train, y_train)  # expect: INI101
he_model = create_and_train_model(initializers.HeNormal(), x_train, y_train)
