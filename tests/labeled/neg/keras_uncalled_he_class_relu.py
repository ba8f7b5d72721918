"""The same course with the He initializer passed uncalled: Keras makes `he_normal` with its defaults, the
right family for the ReLU layer."""

from tensorflow.keras.initializers import he_normal
from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

init = he_normal

model = Sequential()
model.add(Dense(128, activation="relu", kernel_initializer=init, input_shape=(784,)))
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
