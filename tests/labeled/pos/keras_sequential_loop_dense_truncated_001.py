"""A Keras book's MNIST MLP: the hidden Dense layers are added in a loop over the layer sizes, each with
TruncatedNormal(stddev=0.01), and the output layer with the same: 0.01 on every layer of a ReLU stack."""

from keras.initializers import TruncatedNormal
from keras.layers import Activation, Dense, Dropout
from keras.models import Sequential
from keras.optimizers import SGD

n_in, n_hiddens, n_out = 784, [200, 200, 200], 10
model = Sequential()
for i, input_dim in enumerate(([n_in] + n_hiddens)[:-1]):
    model.add(Dense(input_dim=input_dim, units=n_hiddens[i],
                    kernel_initializer=TruncatedNormal(stddev=0.01)))  # expect: INI003
    model.add(Activation("relu"))
    model.add(Dropout(0.5))
model.add(Dense(units=n_out, kernel_initializer=TruncatedNormal(stddev=0.01)))
model.add(Activation("softmax"))
model.compile(loss="categorical_crossentropy", optimizer=SGD(lr=0.01), metrics=["accuracy"])
