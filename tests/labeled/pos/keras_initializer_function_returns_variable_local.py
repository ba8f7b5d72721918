"""Koch et al.'s siamese network as often copied: a Keras initializer function draws N(0, 0.01) into a local and
returns it as `K.variable(values)`. The first conv sees a 10x10 patch of one channel, fan-in 100, before ReLU:
He's std there is 0.141, and 0.01 is under a tenth of it."""

import numpy.random as rng
from keras import backend as K
from keras.layers import Conv2D, Dense, Flatten, Input, MaxPooling2D
from keras.models import Sequential


def W_init(shape, name=None):
    values = rng.normal(loc=0, scale=1e-2, size=shape)  # expect: INI003
    return K.variable(values, name=name)


def b_init(shape, name=None):
    values = rng.normal(loc=0.5, scale=1e-2, size=shape)
    return K.variable(values, name=name)


input_shape = (105, 105, 1)
left_input = Input(input_shape)
convnet = Sequential()
convnet.add(Conv2D(64, (10, 10), activation="relu", input_shape=input_shape, kernel_initializer=W_init))
convnet.add(MaxPooling2D())
convnet.add(Conv2D(128, (7, 7), activation="relu", kernel_initializer=W_init, bias_initializer=b_init))
convnet.add(Flatten())
convnet.add(Dense(4096, activation="sigmoid", kernel_initializer=W_init, bias_initializer=b_init))
encoded = convnet(left_input)
