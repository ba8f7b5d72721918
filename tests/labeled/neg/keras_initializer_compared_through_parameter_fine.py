"""One model per initializer through a function parameter, where every initializer passed suits the hidden
ReLU layer (He, a normal of std 0.05 at fan-in 784, about He's 0.05), and a bias initializer passed the same
way (zeros and 0.1 are biases: RULES' zero biases)."""

from tensorflow.keras import initializers, layers, models


def create_and_train_model(initializer, bias_init, x_train, y_train):
    model = models.Sequential([
        layers.Flatten(input_shape=(28, 28)),
        layers.Dense(128, activation="relu", kernel_initializer=initializer, bias_initializer=bias_init),
        layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    model.fit(x_train, y_train, epochs=5)
    return model


he_model = create_and_train_model(initializers.HeNormal(), initializers.Zeros(), x_train, y_train)
normal_model = create_and_train_model(initializers.RandomNormal(mean=0.0, stddev=0.05), initializers.Constant(0.1),
                                      x_train, y_train)
uniform_model = create_and_train_model("he_uniform", "zeros", x_train, y_train)
