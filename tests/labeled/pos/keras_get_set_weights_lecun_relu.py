"""A Keras weight-initialisation lesson: the model's arrays are taken with `get_weights()`, each kernel redrawn
with NumPy at the 1/fan_in scale (`* np.sqrt(1 / 10)`), the biases zeroed, and the list handed back with
`set_weights()`. Entry 2k is the k-th Dense layer's kernel: the hidden ones feed ReLU."""

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
initial_weights[2] = np.random.randn(10, 10) * np.sqrt(1 / 10)  # expect: INI101
initial_weights[3] = np.zeros(model.get_weights()[3].shape)
initial_weights[4] = np.random.randn(10, 10) * np.sqrt(1 / 10)  # expect: INI101
initial_weights[5] = np.zeros(model.get_weights()[5].shape)
initial_weights[6] = np.random.randn(10, 1) * np.sqrt(1 / 10)
initial_weights[7] = np.zeros(model.get_weights()[7].shape)
model.set_weights(initial_weights)

model.compile(loss='binary_crossentropy', optimizer='adam')
model.fit(X, y, epochs=10)
