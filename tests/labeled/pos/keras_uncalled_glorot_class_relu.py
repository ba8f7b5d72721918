"""A Keras course passes the initializer without calling it (`init = glorot_normal`, then
`kernel_initializer=init`): Keras instantiates it with its defaults, so the hidden ReLU layer starts from Glorot."""

from tensorflow.keras.initializers import glorot_normal
from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

init = glorot_normal  # expect: INI101

model = Sequential()
model.add(Dense(128, activation="relu", kernel_initializer=init, input_shape=(784,)))
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
