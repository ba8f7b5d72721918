"""kernel_initializer="uniform" is Keras's RandomUniform(-0.05, 0.05) picked by name with its default
arguments: RULES keeps it silent, whatever the fan-in (here 8)."""

from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

model = Sequential()
model.add(Dense(8, input_dim=8, kernel_initializer="uniform", activation="relu"))
model.add(Dense(4, kernel_initializer="uniform", activation="relu"))
model.add(Dense(1, kernel_initializer="uniform", activation="sigmoid"))
