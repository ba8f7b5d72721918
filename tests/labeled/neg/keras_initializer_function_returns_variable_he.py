"""A Keras initializer function that draws He's scale for the kernel's own fan-in into a local and returns it as
`K.variable(values)`; the bias function's mean 0.5 is a bias. Nothing to report."""

import numpy as np
from keras import backend as K
from keras.layers import Conv2D, Dense, Flatten, Input
from keras.models import Sequential


def he_init(shape, name=None):
    values = np.random.normal(loc=0, scale=np.sqrt(2.0 / np.prod(shape[:-1])), size=shape)
    return K.variable(values, name=name)


def b_init(shape, name=None):
    values = np.random.normal(loc=0.5, scale=1e-2, size=shape)
    return K.variable(values, name=name)


inputs = Input((28, 28, 1))
net = Sequential()
net.add(Conv2D(32, (3, 3), activation="relu", input_shape=(28, 28, 1), kernel_initializer=he_init,
               bias_initializer=b_init))
net.add(Flatten())
net.add(Dense(10, activation="softmax", kernel_initializer=he_init))
out = net(inputs)
