"""The same factory called with "he_normal" and relu: He is right for the hidden layers; the softmax output
is no hidden activation."""

from keras.layers import Dense
from keras.models import Sequential


def create_model(init, act="relu", num_units=100):
    model = Sequential()
    model.add(Dense(num_units, input_shape=(28 * 28,), kernel_initializer=init, activation=act))
    model.add(Dense(num_units, kernel_initializer=init, activation=act))
    model.add(Dense(10, kernel_initializer=init, activation="softmax"))
    return model


model = create_model("he_normal", act="relu")
model.compile(loss="categorical_crossentropy", optimizer="adam")
