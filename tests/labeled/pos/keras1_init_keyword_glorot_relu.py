"""Keras 1 tutorial (functional API, `init=` keyword before Keras 2 renamed it kernel_initializer): Glorot chosen
explicitly for ReLU convolutions and a ReLU Dense layer."""

from keras.layers import Input, Convolution2D, MaxPooling2D, Flatten, Dense, Dropout
from keras.models import Model

inputs = Input(shape=(28, 28, 1))
x = Convolution2D(32, 3, 3, border_mode="same", init="glorot_normal", activation="relu")(inputs)  # expect: INI101
x = MaxPooling2D(pool_size=(2, 2))(x)
x = Dropout(0.3)(x)
x = Flatten()(x)
x = Dense(output_dim=625, init="glorot_normal", activation="relu")(x)  # expect: INI101
x = Dropout(0.5)(x)
outputs = Dense(output_dim=10, activation="softmax")(x)
model = Model(input=inputs, output=outputs)
model.compile(loss="categorical_crossentropy", optimizer="adadelta", metrics=["accuracy"])
