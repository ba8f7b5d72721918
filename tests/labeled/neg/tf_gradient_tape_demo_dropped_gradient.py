"""A book's autodiff demo: a variable drawn U(0, 1), multiplied under a GradientTape, and the gradient
computed to be shown; no step ever applies it, so W is no trained weight (an API demo), though the chapter trains a
network later."""

import tensorflow as tf

W = tf.Variable(tf.random.uniform((2, 2)))
b = tf.Variable(tf.zeros((2,)))
x = tf.random.uniform((2, 2))
with tf.GradientTape() as tape:
    y = tf.matmul(x, W) + b
grad_of_y_wrt_W_and_b = tape.gradient(y, [W, b])

# (later in the chapter: a real network, trained)
from tensorflow import keras
from tensorflow.keras import layers

(train_images, train_labels), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([layers.Dense(512, activation="relu"), layers.Dense(10, activation="softmax")])
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_images.reshape((60000, 784)) / 255, train_labels, epochs=5, batch_size=128)
