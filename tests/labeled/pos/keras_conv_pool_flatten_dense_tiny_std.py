"""A small Keras CNN whose hidden Dense after Flatten (13 x 13 x 32 = 5408 inputs) is drawn with std 0.001:
He is 0.019 there, and 0.001 is below a tenth of it."""

from keras import initializers
from keras.layers import Conv2D, Dense, Flatten, MaxPooling2D
from keras.models import Sequential

model = Sequential()
model.add(Conv2D(32, (3, 3), activation='relu', input_shape=(28, 28, 1)))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Flatten())
model.add(Dense(128, activation='relu', kernel_initializer=initializers.RandomNormal(stddev=0.001)))  # expect: INI003
model.add(Dense(10, activation='softmax'))
model.compile(loss='categorical_crossentropy', optimizer='adam')
