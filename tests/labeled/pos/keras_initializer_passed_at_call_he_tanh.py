"""A course's model factory called with the initializer under study: "he_normal" reaches every layer through
the `init` parameter, and the hidden layers use the `act` the call passes, tanh. He before tanh, reported where
the initializer is chosen (the call)."""

from keras.layers import Dense
from keras.models import Sequential


def create_model(init, act="tanh", num_units=100):
    model = Sequential()
    model.add(Dense(num_units, input_shape=(28 * 28,), kernel_initializer=init, activation=act))
    model.add(Dense(num_units, kernel_initializer=init, activation=act))
    model.add(Dense(10, kernel_initializer=init, activation="softmax"))
    return model


model = create_model("he_normal", act="tanh")  # expect: INI102
model.compile(loss="categorical_crossentropy", optimizer="adam")
