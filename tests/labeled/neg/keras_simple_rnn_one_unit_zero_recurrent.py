"""A Keras cookbook chapter that builds an RNN by hand and checks it against SimpleRNN: one unit, the
recurrent kernel set to zeros so the numbers can be followed on paper. With one unit there is no symmetry to
break, and the recurrent weight still gets a gradient through h_{t-1}."""
import numpy as np
from tensorflow.keras.layers import Dense, SimpleRNN
from tensorflow.keras.models import Sequential

model = Sequential()
model.add(SimpleRNN(1, input_shape=(5, 1), activation="tanh", recurrent_initializer="Zeros"))
model.add(Dense(5, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam")
x = np.random.rand(100, 5, 1)
y = np.eye(5)[np.random.randint(0, 5, 100)]
model.fit(x, y, epochs=10)
