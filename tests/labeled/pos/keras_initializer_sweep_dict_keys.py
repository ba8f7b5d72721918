"""A study trains LeNet-5 (tanh) once per initializer: the loop walks the keys of a dict of initializers and
hands each key (a Keras initializer name) to the builder, so He is chosen for tanh layers in two of the runs."""

from tensorflow import keras
from keras import Sequential
from keras.activations import softmax, tanh
from keras.layers import AveragePooling2D, Conv2D, Dense, Flatten


def lenet(initializer):
    model = Sequential()
    model.add(Conv2D(filters=6, kernel_size=5, kernel_initializer=initializer, activation=tanh,
                     input_shape=(28, 28, 1)))
    model.add(AveragePooling2D(pool_size=2, strides=2))
    model.add(Conv2D(filters=16, kernel_size=5, kernel_initializer=initializer, activation=tanh))
    model.add(AveragePooling2D(pool_size=2, strides=2))
    model.add(Flatten())
    model.add(Dense(120, activation=tanh))
    model.add(Dense(10, activation=softmax))
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model


initializers_dict = {
    "glorot_normal": keras.initializers.GlorotNormal(seed=1),
    "he_normal": keras.initializers.HeNormal(seed=1),  # expect: INI102
    "he_uniform": keras.initializers.HeUniform(seed=1),  # expect: INI102
}

results = {}
for initializer in initializers_dict:
    model = lenet(initializer)
    history = model.fit(x_train, y_train, batch_size=32, epochs=20, validation_data=(x_test, y_test))
    results[initializer] = model.evaluate(x_test, y_test)
