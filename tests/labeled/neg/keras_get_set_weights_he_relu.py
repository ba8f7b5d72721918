"""The same Keras lesson with the He scale (`* np.sqrt(2 / 10)`) for the kernels the hidden ReLU layers get
through `set_weights()`, and zero biases (entries 1, 3, 5, 7): nothing to report."""

import numpy as np
from keras import Sequential
from keras.layers import Dense

X = np.random.randn(100, 2)
y = (X[:, 0] > 0).astype(int)

model = Sequential()
model.add(Dense(10, activation='relu', input_dim=2))
model.add(Dense(10, activation='relu'))
model.add(Dense(10, activation='relu'))
model.add(Dense(1, activation='sigmoid'))

initial_weights = model.get_weights()
initial_weights[1] = np.zeros(model.get_weights()[1].shape)
initial_weights[2] = np.random.randn(10, 10) * np.sqrt(2 / 10)
initial_weights[3] = np.zeros(model.get_weights()[3].shape)
initial_weights[4] = np.random.randn(10, 10) * np.sqrt(2 / 10)
initial_weights[5] = np.zeros(model.get_weights()[5].shape)
initial_weights[6] = np.random.randn(10, 1) * np.sqrt(1 / 10)
initial_weights[7] = np.zeros(model.get_weights()[7].shape)
model.set_weights(initial_weights)

model.compile(loss='binary_crossentropy', optimizer='adam')
model.fit(X, y, epochs=10)
