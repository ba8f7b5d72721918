"""A script that picks its activation once at module level (`activation = "sigmoid"`) and passes the name to
every hidden layer, with He-uniform kernels: He chosen for sigmoid layers."""

from keras.layers import Dense
from keras.models import Sequential

activation = "sigmoid"
model = Sequential()
model.add(Dense(128, activation=activation, input_shape=(784,)))
model.add(Dense(128, activation=activation, kernel_initializer="he_uniform"))  # expect: INI102
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="rmsprop", loss="categorical_crossentropy")
