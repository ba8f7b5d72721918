"""The same Keras stack on a 64-channel input named by a module-level tuple: the first kernel's fan-in is
3 x 3 x 64 = 576, where He's std is 0.059 and 0.01 is more than a tenth of it (known fan-in decides)."""

import keras
from keras.layers import Conv2D, Dense, Flatten
from keras.models import Sequential

rows, cols, channels = 32, 32, 64
input_shape = (rows, cols, channels)

model = Sequential()
model.add(Conv2D(32, kernel_size=(3, 3), activation="relu", input_shape=input_shape,
                 kernel_initializer=keras.initializers.RandomNormal(stddev=0.01, seed=1)))
model.add(Flatten())
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam")
model.fit(x_train, y_train, epochs=5)
