"""A scikit-learn wrapper's model builder: the initializer is a parameter defaulting to "glorot_uniform",
passed to every Dense; each ReLU layer that uses the default is reported where it uses it."""

from keras.layers import Dense
from keras.models import Sequential


def create_model(optimizer="rmsprop", init="glorot_uniform"):
    model = Sequential()
    model.add(Dense(12, input_dim=8, kernel_initializer=init, activation="relu"))  # expect: INI101
    model.add(Dense(8, kernel_initializer=init, activation="relu"))  # expect: INI101
    model.add(Dense(1, kernel_initializer=init, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
