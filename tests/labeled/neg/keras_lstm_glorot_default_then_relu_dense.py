"""A Keras LSTM with its own defaults (Glorot kernel, orthogonal recurrent kernel) and a TimeDistributed Dense
with He before ReLU: every pairing is right. Nothing to report."""

from tensorflow.keras.layers import LSTM, Dense, Embedding, TimeDistributed
from tensorflow.keras.models import Sequential

model = Sequential()
model.add(Embedding(20000, 128))
model.add(LSTM(256, return_sequences=True, kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal"))
model.add(TimeDistributed(Dense(128, activation="relu", kernel_initializer="he_normal")))
model.add(TimeDistributed(Dense(10, activation="softmax")))
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
