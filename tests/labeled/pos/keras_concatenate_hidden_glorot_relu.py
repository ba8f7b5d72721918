"""A functional Keras net whose ReLU conv outputs are joined by Concatenate() before the next conv:
the join passes both paths on, so the Glorot convs still feed ReLU hidden layers."""

from tensorflow.keras.layers import Concatenate, Conv2D, Input

inp = Input(shape=(32, 32, 3))
a = Conv2D(32, 3, activation="relu", kernel_initializer="glorot_uniform")(inp)  # expect: INI101
b = Conv2D(32, 5, activation="relu", padding="same", kernel_initializer="he_normal")(inp)
x = Concatenate()([a, b])
out = Conv2D(10, 1, activation="softmax")(x)
