"""A notebook compares initializers: a builder takes the initializer as a parameter and a loop over a list of
names calls it once per name, so each name is the hidden ReLU layer's kernel init in one run."""

from tensorflow.keras import layers, models


def create_model(weight_initializer):
    model = models.Sequential()
    model.add(layers.Flatten(input_shape=(28, 28, 1)))
    model.add(layers.Dense(128, kernel_initializer=weight_initializer, activation="relu"))
    model.add(layers.Dense(10, activation="softmax"))
    return model


initializers = ["zeros", "random_normal", "glorot_normal", "he_normal"]  # expect: INI001, INI101
histories = []
for initializer in initializers:
    model = create_model(initializer)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(train_images, train_labels, epochs=10, batch_size=64, validation_split=0.2)
    histories.append((initializer, history))
