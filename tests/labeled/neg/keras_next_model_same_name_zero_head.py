"""A notebook that builds one experiment after another under the name `model`: the first has zero hidden
layers (reported elsewhere) and a zero softmax head, which stays silent: the next `model = Sequential()`
starts a new network, it does not take the first one's head as its input."""

from keras.layers import Activation, Dense
from keras.models import Sequential

model = Sequential()
model.add(Dense(500, input_shape=(784,), kernel_initializer="glorot_uniform"))
model.add(Activation("sigmoid"))
model.add(Dense(10, activation="softmax", kernel_initializer="zeros"))
model.compile(loss="categorical_crossentropy", optimizer="adadelta")
model.fit(x_train, y_train, epochs=5)

model = Sequential()
model.add(Dense(500, input_shape=(784,)))
model.add(Activation("relu"))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adadelta")
model.fit(x_train, y_train, epochs=5)
