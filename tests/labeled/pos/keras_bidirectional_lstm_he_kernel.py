"""LSTMs wrapped in Bidirectional, one with activation="tanh" written out and one with the default (tanh too):
He for the kernel doubles the variance the cell's tanh and sigmoid gates see, whatever the wrapper does with the
two directions."""

from tensorflow.keras.layers import LSTM, Bidirectional, Dense, Embedding, Input
from tensorflow.keras.models import Model

inp = Input(shape=(100,), dtype="int32")
x = Embedding(20000, 128)(inp)
x = Bidirectional(LSTM(128, activation="tanh", return_sequences=True, kernel_initializer="he_uniform"))(x)  # expect: INI102
x = Bidirectional(LSTM(64, kernel_initializer="he_uniform"))(x)  # expect: INI102
out = Dense(2, activation="softmax")(x)
model = Model(inp, out)
