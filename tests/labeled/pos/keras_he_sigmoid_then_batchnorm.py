"""A Keras CNN that uses sigmoid in every hidden layer with He-uniform kernels; each conv's activation runs
inside the layer, before the BatchNormalization that follows: the sigmoid consumes the He-scaled output."""

from keras.layers import BatchNormalization, Conv2D, Dense, Flatten
from keras.models import Sequential

model = Sequential()
model.add(Conv2D(32, 3, activation="sigmoid", padding="same", input_shape=(32, 32, 3)))
model.add(BatchNormalization())
model.add(Conv2D(32, 3, activation="sigmoid", padding="same", kernel_initializer="he_uniform"))  # expect: INI102
model.add(BatchNormalization())
model.add(Flatten())
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="rmsprop", loss="categorical_crossentropy")
