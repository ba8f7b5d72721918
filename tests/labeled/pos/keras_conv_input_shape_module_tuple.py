"""A Keras Conv2D's input shape is a module-level tuple (`input_shape = (img_rows, img_cols, 1)`): its channels
give the kernel's fan-in, 3 x 3 x 1 = 9, and std 0.01 is under a tenth of He (0.047) there."""

import keras
from keras.layers import Conv2D, Dense, Flatten
from keras.models import Sequential

img_rows, img_cols = 28, 28
input_shape = (img_rows, img_cols, 1)

model = Sequential()
model.add(Conv2D(32, kernel_size=(3, 3), activation="relu", input_shape=input_shape,
                 kernel_initializer=keras.initializers.RandomNormal(stddev=0.01, seed=1)))  # expect: INI003
model.add(Conv2D(64, (3, 3), activation="relu"))
model.add(Flatten())
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam")
model.fit(x_train, y_train, epochs=5)
