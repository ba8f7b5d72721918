"""The same model builder with the initializer parameter defaulting to "he_uniform" for its ReLU layers
(the sigmoid output keeps it too: output layers are not paired)."""

from keras.layers import Dense
from keras.models import Sequential


def create_model(optimizer="rmsprop", init="he_uniform"):
    model = Sequential()
    model.add(Dense(12, input_dim=8, kernel_initializer=init, activation="relu"))
    model.add(Dense(8, kernel_initializer=init, activation="relu"))
    model.add(Dense(1, kernel_initializer=init, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
